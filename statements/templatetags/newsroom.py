"""Small template filters for the public pages."""

from django import template

from ..facets import country_name

register = template.Library()


@register.filter
def country(code):
    """ "RU" -> "Russia" (the code itself when unknown)."""
    return country_name(code or "")
