"""Importing offers in three steps: upload a file, assign its columns, check and import.

Between the steps the file waits under MEDIA_ROOT/imports, named by a random token that the
session holds (with the file name, the organisation chosen and the mapping). Every step reads
the file again; the preview and the import check every row again (nothing is kept in between
but the file). Files are deleted after the import, and by `cleanup_uploads` after 24 hours.
"""

import re
import secrets
import time
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from treffpunkt.network import roles

from .. import importing
from ..import_forms import MappingForm, UploadForm

SESSION_KEY = "treffpunkt_import"
UPLOAD_MAX_AGE = 24 * 60 * 60  # seconds
PREVIEW_ROWS = 20
MAX_SHOWN_PROBLEMS = 1000
_TOKEN = re.compile(r"[0-9a-f]{32}")


# --- The waiting file ------------------------------------------------------------------------


def upload_dir() -> Path:
    """Where uploaded files wait between the steps."""
    return Path(settings.MEDIA_ROOT) / "imports"


def _upload_path(token: str) -> Path | None:
    return upload_dir() / token if _TOKEN.fullmatch(token or "") else None


def store_upload(upload) -> str:
    """Keep an uploaded file for the next steps; returns its token."""
    directory = upload_dir()
    directory.mkdir(parents=True, exist_ok=True)
    token = secrets.token_hex(16)
    with (directory / token).open("wb") as file:
        for chunk in upload.chunks():
            file.write(chunk)
    return token


def delete_upload(token: str) -> None:
    """Delete a waiting file (nothing happens if it is gone already)."""
    if (path := _upload_path(token)) is not None:
        path.unlink(missing_ok=True)


def cleanup_uploads(max_age: float = UPLOAD_MAX_AGE) -> int:
    """Delete waiting files older than `max_age` seconds; returns how many."""
    directory = upload_dir()
    if not directory.is_dir():
        return 0
    limit = time.time() - max_age
    removed = 0
    for path in directory.iterdir():
        if path.is_file() and _TOKEN.fullmatch(path.name) and path.stat().st_mtime < limit:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


# --- Helpers ---------------------------------------------------------------------------------


def _require_importer(user) -> None:
    if not user.has_perm("directory.import_offers"):
        raise PermissionDenied


def _state(request) -> dict | None:
    """The session's import, if its file is still there."""
    state = request.session.get(SESSION_KEY)
    path = _upload_path((state or {}).get("token", ""))
    return state if path is not None and path.is_file() else None


def _table(state: dict) -> importing.Table:
    with _upload_path(state["token"]).open("rb") as file:
        return importing.read_table(file, state["filename"])


def _state_and_table(request) -> tuple[dict | None, importing.Table | None]:
    """The session's import and its file read again (None, None if that fails)."""
    if (state := _state(request)) is None:
        return None, None
    try:
        return state, _table(state)
    except importing.ImportFileError:  # e.g. the limits have changed meanwhile
        return None, None


def _default_organisation(request, state: dict):
    organisations = roles.organisations_for(request.user, roles.Role.EDITOR)
    return organisations.filter(pk=state.get("organisation")).first()


def _plan(request, state: dict, table: importing.Table) -> importing.ImportPlan:
    return importing.plan_import(
        table,
        state["mapping"],
        user=request.user,
        default_organisation=_default_organisation(request, state),
        update_duplicates=state.get("update_duplicates", False),
    )


def _start_again(request):
    messages.error(request, _("The uploaded file is no longer there. Please upload it again."))
    return redirect("directory:import")


# --- The steps -------------------------------------------------------------------------------


@login_required
def upload(request):
    """Step 1: the file and the organisation of rows without one."""
    _require_importer(request.user)
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        cleanup_uploads()
        if previous := request.session.get(SESSION_KEY):
            delete_upload(previous.get("token", ""))
        organisation = form.cleaned_data["organisation"]
        request.session[SESSION_KEY] = {
            "token": store_upload(form.cleaned_data["file"]),
            "filename": form.cleaned_data["file"].name,
            "organisation": organisation.pk if organisation else None,
            "mapping": importing.guess_mapping(form.table.headers),
            "mapped": False,
        }
        return redirect("directory:import-mapping")
    return render(request, "directory/editor/import_upload.html", {"form": form})


@login_required
def mapping(request):
    """Step 2: which column of the file is which (pre-filled with the guess)."""
    _require_importer(request.user)
    state, table = _state_and_table(request)
    if state is None:
        return _start_again(request)
    form = MappingForm(
        request.POST or None,
        table=table,
        mapping=state["mapping"],
        has_default_organisation=_default_organisation(request, state) is not None,
        initial={"update_duplicates": state.get("update_duplicates", False)},
    )
    if request.method == "POST" and form.is_valid():
        state.update(
            mapping=form.mapping(),
            mapped=True,
            update_duplicates=form.cleaned_data["update_duplicates"],
        )
        request.session[SESSION_KEY] = state
        return redirect("directory:import-preview")
    return render(
        request,
        "directory/editor/import_mapping.html",
        {"form": form, "filename": state["filename"], "row_count": len(table)},
    )


def _render_preview(request, state: dict, plan: importing.ImportPlan):
    return render(
        request,
        "directory/editor/import_preview.html",
        {
            "plan": plan,
            "filename": state["filename"],
            "preview": plan.preview(PREVIEW_ROWS),
            "problems": plan.problems[:MAX_SHOWN_PROBLEMS],
            "hidden_problems": max(len(plan.problems) - MAX_SHOWN_PROBLEMS, 0),
            "can_import": plan.is_valid and (plan.new_count + plan.updated_count) > 0,
        },
    )


@login_required
def preview(request):
    """Step 3: what the import would do, with every problem; nothing is written."""
    _require_importer(request.user)
    state, table = _state_and_table(request)
    if state is None:
        return _start_again(request)
    if not state.get("mapped"):
        return redirect("directory:import-mapping")
    return _render_preview(request, state, _plan(request, state, table))


@login_required
@require_POST
def run(request):
    """Import: check everything again, then write all rows or none."""
    _require_importer(request.user)
    state, table = _state_and_table(request)
    if state is None or not state.get("mapped"):
        return _start_again(request)
    plan = _plan(request, state, table)
    if not plan.is_valid:
        return _render_preview(request, state, plan)
    result = importing.commit(plan, request.user)
    delete_upload(state["token"])
    del request.session[SESSION_KEY]
    messages.success(
        request,
        ngettext(
            "%(created)s offer has been imported, %(updated)s updated.",
            "%(created)s offers have been imported, %(updated)s updated.",
            result.created_count,
        )
        % {"created": result.created_count, "updated": result.updated_count},
    )
    return redirect("directory:editor-dashboard")
