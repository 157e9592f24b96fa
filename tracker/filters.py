"""Filters that refuse what they cannot parse (a 400), instead of quietly matching everything."""

import django_filters
from django import forms


class IdFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class StrictBooleanField(forms.TypedChoiceField):
    def __init__(self, *args, **kwargs):
        kwargs.update(choices=[("true", "true"), ("false", "false"), ("1", "1"), ("0", "0")],
                      coerce=lambda value: value in ("true", "1"), empty_value=None)
        super().__init__(*args, **kwargs)


class StrictBooleanFilter(django_filters.Filter):
    field_class = StrictBooleanField
