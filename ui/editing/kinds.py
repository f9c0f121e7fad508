"""The two vocabularies of editing: what a user action changed (the views listen for
these) and which kind of record an id belongs to (the store keeps versions and
re-created ids per kind, since ids of different tables overlap)."""

from __future__ import annotations

from enum import StrEnum


class Change(StrEnum):
    """What one user action changed; a view reloads when a change it shows arrives."""

    ITEMS = "items"
    MEMBERS = "members"
    ASSIGNMENTS = "assignments"
    PEOPLE = "people"
    TRIPS = "trips"
    REGIONS = "regions"
    FOLLOW_UPS = "follow_ups"
    VENUES = "venues"


class RecordKind(StrEnum):
    """The kinds of record that undo commands create, change and delete."""

    ITEM = "item"
    TRIP = "trip"
    REGION = "region"
    PERSON = "person"
    MEMBER = "member"
    ASSIGNMENT = "assignment"
    FOLLOW_UP = "follow_up"
    VENUE = "venue"
