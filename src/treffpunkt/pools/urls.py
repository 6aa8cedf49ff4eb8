"""URLs of the pools: the interpreter pool (institutions, interpreters, coordinators), and
the helper-job exchange and sponsors (their lines below)."""

from django.urls import path

from .views import interpreting
from .views import jobs as job_views
from .views import sponsors as sponsor_views

app_name = "pools"

urlpatterns = [
    # Interpreter pool: institutions ask, interpreters answer, coordinators assign.
    path("dolmetschen/anfragen/", interpreting.request_list, name="interpreting-requests"),
    path(
        "dolmetschen/anfragen/neu/",
        interpreting.request_create,
        name="interpreting-request-create",
    ),
    path(
        "dolmetschen/anfragen/<int:pk>/",
        interpreting.request_detail,
        name="interpreting-request",
    ),
    path(
        "dolmetschen/anfragen/<int:pk>/absagen/",
        interpreting.request_cancel,
        name="interpreting-request-cancel",
    ),
    path(
        "dolmetschen/rueckmeldung/<str:token>/",
        interpreting.feedback,
        name="interpreting-feedback",
    ),
    path(
        "dolmetschen/einladung/<str:token>/",
        interpreting.invitation,
        name="interpreting-invitation",
    ),
    path("dolmetschen/meine-einsaetze/", interpreting.my_assignments, name="my-assignments"),
    path("verwaltung/dolmetschen/", interpreting.coordination, name="interpreting-coordination"),
    path(
        "verwaltung/dolmetschen/anfragen/<int:pk>/",
        interpreting.coordination_request,
        name="interpreting-coordination-request",
    ),
    path(
        "verwaltung/dolmetschen/anfragen/<int:pk>/zuweisen/",
        interpreting.assign,
        name="interpreting-assign",
    ),
    path(
        "verwaltung/dolmetschen/anfragen/<int:pk>/einladen/",
        interpreting.invite,
        name="interpreting-invite",
    ),
    path(
        "verwaltung/dolmetschen/dolmetschende/",
        interpreting.interpreter_list,
        name="interpreters",
    ),
    path(
        "verwaltung/dolmetschen/dolmetschende/neu/",
        interpreting.interpreter_create,
        name="interpreter-create",
    ),
    path(
        "verwaltung/dolmetschen/dolmetschende/<int:pk>/",
        interpreting.interpreter_edit,
        name="interpreter-edit",
    ),
    path(
        "verwaltung/dolmetschen/uebersicht/",
        interpreting.overview,
        name="interpreting-overview",
    ),
    # Helper-job exchange and sponsors: their part adds its lines here.
    # Helper-job exchange: the public board, employers' jobs, counsellors' candidates.
    path("helferjobs/", job_views.job_board, name="job-board"),
    path("helferjobs/<int:pk>/", job_views.job_detail, name="job"),
    path("verwaltung/helferjobs/", job_views.employer_jobs, name="employer-jobs"),
    path("verwaltung/helferjobs/neu/", job_views.job_create, name="job-create"),
    path("verwaltung/helferjobs/<int:pk>/", job_views.job_edit, name="job-edit"),
    path("verwaltung/helferjobs/<int:pk>/schliessen/", job_views.job_close, name="job-close"),
    path("verwaltung/helferjobs/<int:pk>/wieder-oeffnen/", job_views.job_reopen, name="job-reopen"),
    path("verwaltung/helferjobs/<int:pk>/kontakte/", job_views.job_contacts, name="job-contacts"),
    path("verwaltung/kandidaten/", job_views.candidate_list, name="candidates"),
    path("verwaltung/kandidaten/neu/", job_views.candidate_create, name="candidate-create"),
    path("verwaltung/kandidaten/<int:pk>/", job_views.candidate_detail, name="candidate"),
    path(
        "verwaltung/kandidaten/<int:pk>/bearbeiten/",
        job_views.candidate_edit,
        name="candidate-edit",
    ),
    path(
        "verwaltung/kandidaten/<int:pk>/loeschen/",
        job_views.candidate_delete,
        name="candidate-delete",
    ),
    path(
        "verwaltung/kandidaten/<int:pk>/kontakt/<int:job_pk>/",
        job_views.candidate_contact,
        name="candidate-contact",
    ),
    # Sponsors and mentors: requests, sponsors, suggestions, sponsorships and check-ins.
    path("verwaltung/paten/", sponsor_views.overview, name="sponsorships-overview"),
    path("verwaltung/paten/paten/", sponsor_views.sponsor_list, name="sponsors"),
    path("verwaltung/paten/paten/neu/", sponsor_views.sponsor_create, name="sponsor-create"),
    path("verwaltung/paten/paten/<int:pk>/", sponsor_views.sponsor_edit, name="sponsor-edit"),
    path(
        "verwaltung/paten/anfragen/neu/",
        sponsor_views.request_create,
        name="sponsorship-request-create",
    ),
    path(
        "verwaltung/paten/anfragen/<int:pk>/",
        sponsor_views.request_detail,
        name="sponsorship-request",
    ),
    path(
        "verwaltung/paten/anfragen/<int:pk>/bearbeiten/",
        sponsor_views.request_edit,
        name="sponsorship-request-edit",
    ),
    path(
        "verwaltung/paten/anfragen/<int:pk>/zurueckziehen/",
        sponsor_views.request_close,
        name="sponsorship-request-close",
    ),
    path(
        "verwaltung/paten/anfragen/<int:pk>/starten/",
        sponsor_views.start,
        name="sponsorship-start",
    ),
    path(
        "verwaltung/paten/patenschaften/<int:pk>/",
        sponsor_views.sponsorship_detail,
        name="sponsorship",
    ),
    path(
        "verwaltung/paten/patenschaften/<int:pk>/check-in/",
        sponsor_views.check_in,
        name="sponsorship-check-in",
    ),
    path(
        "verwaltung/paten/patenschaften/<int:pk>/beenden/",
        sponsor_views.end,
        name="sponsorship-end",
    ),
]
