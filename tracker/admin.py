"""Admin building blocks shared by the apps."""

from django.contrib import admin


class ReadOnlyMixin:
    """For records nobody edits in the admin: history, merges, import runs."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyAdmin(ReadOnlyMixin, admin.ModelAdmin):
    pass
