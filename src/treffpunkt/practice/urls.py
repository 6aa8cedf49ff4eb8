"""URLs of the good-practice profiles: the public list and pages, and the editors' pages."""

from django.urls import path

from .views import editor, public

app_name = "practice"

urlpatterns = [
    path("gute-praxis/", public.practice_list, name="list"),
    path("gute-praxis/<slug:slug>/", public.practice_detail, name="detail"),
    path("verwaltung/gute-praxis/", editor.dashboard, name="editor-list"),
    path("verwaltung/gute-praxis/neu/", editor.practice_create, name="create"),
    path("verwaltung/gute-praxis/<int:pk>/", editor.practice_edit, name="edit"),
]
