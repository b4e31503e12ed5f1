"""Helpers for driving the Django admin in tests: editor accounts and form posts built
from what the admin rendered, so tests submit exactly what a browser would."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from statements.admin_editors import EDITORS, ensure_editors_group


def make_editor(username="editor"):
    user = get_user_model().objects.create_user(username, password="pw-editor-123", is_staff=True)
    group = Group.objects.filter(name=EDITORS).first() or ensure_editors_group()
    user.groups.add(group)
    return user


def _form_values(form, data: dict) -> None:
    for bound in form:
        field, name, value = bound.field, bound.html_name, bound.value()
        if isinstance(field, forms.BooleanField):
            if value:
                data[name] = "on"
        elif isinstance(field, forms.SplitDateTimeField):
            if isinstance(value, dt.datetime):
                data[f"{name}_0"], data[f"{name}_1"] = value.date(), value.time()
        elif isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField):
            if value:
                data[name] = [str(v) for v in value]
        elif value is None:
            data[name] = ""
        elif isinstance(value, list | tuple):
            data[name] = [str(v) for v in value]
        else:
            data[name] = str(value)


def form_data(response) -> dict:
    """The POST data of the admin change (or add, or revert) form in ``response``."""
    data = {}
    _form_values(response.context["adminform"].form, data)
    for inline in response.context.get("inline_admin_formsets", []) or []:
        formset = inline.formset
        _form_values(formset.management_form, data)
        for form in formset.forms:
            _form_values(form, data)
    return data


def submit(client, url, changes=None, **extra):
    """GET the admin form at ``url``, apply ``changes`` and POST it back."""
    data = form_data(client.get(url))
    data.update(changes or {})
    data.update(extra)
    return client.post(url, data)
