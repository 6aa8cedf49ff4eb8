"""Model fields shared by the apps."""

from django.db import models


class WebAddressField(models.URLField):
    """A URL field whose form reads "example.org" as "https://example.org", as Django 6 will."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})
