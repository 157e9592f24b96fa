"""API access: reads are open (unless API_ANONYMOUS_READ is off), writes need a specific permission."""

from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission


class ReadAccess(BasePermission):
    """Safe methods for everyone (or only signed-in users); anything else is the view's own business."""

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return settings.API_ANONYMOUS_READ or bool(request.user and request.user.is_authenticated)
        return bool(request.user and request.user.is_authenticated)


class IsStaff(BasePermission):
    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_staff)


def may_see_people(request) -> bool:
    """Whether the requester sees who did what (reviewers', editors' and the importer's account names):
    everyone by default; only staff with CLAIMTRACK_SHOW_PEOPLE=staff."""
    if settings.CLAIMTRACK_SHOW_PEOPLE == "everyone":
        return True
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.is_staff)
