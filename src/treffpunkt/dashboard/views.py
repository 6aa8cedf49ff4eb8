"""The dashboard's pages: thin views over overview.py, coverage.py and report.py."""

import csv
import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from . import charts, coverage, metrics, overview, quality, report, residents_import
from .forms import FilterForm, ResidentsUploadForm, SnapshotForm
from .models import ReportSnapshot
from .scope import scope_for


def _scope(request, permission: str = "dashboard.view_dashboard"):
    if not request.user.has_perm(permission):
        raise PermissionDenied
    scope = scope_for(request.user)
    if scope is None:
        raise PermissionDenied
    return scope


def _chart_rows(matrix) -> list[tuple[str, int]]:
    """Offers per column summed over the towns shown (for the chart beside the table)."""
    sums = [0] * len(matrix.columns)
    for _town, cells in matrix.rows:
        for index, cell in enumerate(cells):
            sums[index] += cell.offers
    return [(c.label, n) for c, n in zip(matrix.columns, sums, strict=True)]


@login_required
@require_GET
def dashboard(request):
    scope = _scope(request)
    form = FilterForm(request.GET or None, scope)
    selection = form.selection(scope)
    data = overview.build(scope, selection)
    confirmable = {
        offer.pk
        for offer in data.stale_offers
        if request.user.has_perm("directory.change_offer", offer)
    }
    context = {
        "scope": scope,
        "form": form,
        "data": data,
        "help": metrics.help_texts(),
        "confirmable": confirmable,
        "low": coverage.LOW,
        "fields_chart": charts.bars(_chart_rows(data.fields)),
        "events_chart": charts.bars(
            [(row["label"], row["registered"]) for row in data.events["months"]]
        ),
        "querystring": request.GET.urlencode(),
        "snapshot_form": SnapshotForm(),
    }
    return render(request, "dashboard/dashboard.html", context)


@login_required
@require_GET
def gaps_export(request, kind: str):
    """The gap list with the page's filters, as CSV or XLSX."""
    if kind not in ("csv", "xlsx"):
        raise Http404
    scope = _scope(request)
    selection = FilterForm(request.GET or None, scope).selection(scope)
    gaps = coverage.gaps(
        coverage.cube(scope.towns, selection.filters), coverage.residents(scope.towns)
    )
    if kind == "xlsx":
        response = HttpResponse(report.gaps_xlsx(gaps), content_type=report.XLSX_TYPE)
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["town", "field_of_action", "language", "residents"])
        writer.writerows([g.town, g.field_of_action, g.language, g.residents] for g in gaps)
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="luecken.{kind}"'
    return response


@login_required
@require_POST
def refresh(request):
    """Recompute the nightly quality figures now (coordinators)."""
    _scope(request, "dashboard.add_reportsnapshot")
    quality.refresh_figures()
    messages.success(request, _("The figures have been recomputed."))
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("dashboard:dashboard")
    return redirect(target)


@login_required
def residents_upload(request):
    """Import residents per town and language (all or nothing)."""
    _scope(request, "dashboard.add_residentcount")
    form = ResidentsUploadForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        outcome = residents_import.import_residents(
            upload.name,
            upload,  # read up to the import size limit, not whole
            is_demo=form.cleaned_data["is_demo"],
            source=form.cleaned_data["source"],
        )
        if not outcome.problems:
            messages.success(request, _("%(count)d figures imported.") % {"count": outcome.created})
            return redirect("dashboard:dashboard")
        problems = outcome.problems
    return render(request, "dashboard/residents.html", {"form": form, "problems": problems})


@login_required
def snapshots(request):
    """The kept reports; a POST makes a new one from the current figures and filters."""
    scope = _scope(request, "dashboard.view_reportsnapshot")
    if request.method == "POST":
        if not request.user.has_perm("dashboard.add_reportsnapshot"):
            raise PermissionDenied
        form = SnapshotForm(request.POST)
        quality.refresh_figures()  # a report for the committee counts as of now
        selection = FilterForm(request.POST, scope).selection(scope)
        data = overview.build(scope, selection)
        snapshot = ReportSnapshot.objects.create(
            network=scope.network,
            title=form.title_or_default(),
            created_by=request.user,
            figures=overview.figures(data, scope, selection),
        )
        messages.success(request, _("The report “%(title)s” was saved.") % {"title": snapshot})
        return redirect("dashboard:snapshots")
    kept = ReportSnapshot.objects.filter(network=scope.network)
    return render(request, "dashboard/snapshots.html", {"snapshots": kept, "scope": scope})


@login_required
@require_GET
def snapshot_download(request, pk: int, kind: str):
    scope = _scope(request, "dashboard.view_reportsnapshot")
    snapshot = get_object_or_404(ReportSnapshot, pk=pk, network=scope.network)
    if kind == "pdf":
        response = HttpResponse(report.pdf(snapshot), content_type=report.PDF_TYPE)
    elif kind == "xlsx":
        response = HttpResponse(report.xlsx(snapshot), content_type=report.XLSX_TYPE)
    else:
        raise Http404
    name = f"bericht-{snapshot.created_at:%Y-%m-%d}-{snapshot.pk}.{kind}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_GET
def compare(request):
    """Two snapshots side by side (by default the newest against the one before)."""
    scope = _scope(request, "dashboard.view_reportsnapshot")
    kept = ReportSnapshot.objects.filter(network=scope.network)
    try:
        chosen = [int(request.GET[key]) for key in ("alt", "neu") if request.GET.get(key)]
    except ValueError:
        chosen = []
    if len(chosen) == 2:
        older = get_object_or_404(kept, pk=chosen[0])
        newer = get_object_or_404(kept, pk=chosen[1])
    else:
        latest = list(kept[:2])
        if len(latest) < 2:
            messages.info(request, _("Two reports are needed for a comparison."))
            return redirect("dashboard:snapshots")
        newer, older = latest
    context = {
        "older": older,
        "newer": newer,
        "rows": report.compare(older, newer),
        "snapshots": kept,
    }
    return render(request, "dashboard/compare.html", context)
