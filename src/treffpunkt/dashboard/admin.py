"""Residents' figures and report snapshots in the admin (coordinators, see rules.py)."""

from django.contrib import admin

from .models import ReportSnapshot, ResidentCount


@admin.register(ResidentCount)
class ResidentCountAdmin(admin.ModelAdmin):
    list_display = ["municipality", "language", "nationality", "residents", "year", "is_demo"]
    list_filter = ["is_demo", "year", "language"]
    search_fields = ["municipality__name", "nationality"]
    autocomplete_fields = ["municipality"]


@admin.register(ReportSnapshot)
class ReportSnapshotAdmin(admin.ModelAdmin):
    list_display = ["title", "network", "created_at", "created_by"]
    readonly_fields = ["figures", "created_at", "created_by"]
