"""The phrases that name talks held at a distance: a telephone call, a video link.

The talks cues count such a call as talks, the meeting step gives a meeting held by video its
mode, and the earlier talks a "since" phrase names ("since a telephone call on July 9") take
their mode from them; one pattern of each serves all three, so that a call one step reads is
not a meeting in person to another.
"""

from __future__ import annotations

PHONE_TALKS = r"(?:tele)?phone\s+(?:call|conversation|talks?)"
"""Talks by telephone, as a regex group: "a phone call", "their telephone talks"."""

VIDEO_TALKS = r"video\s*(?:call|conference|link)"
"""Talks by video, as a regex group: "a video call", "by video link", "a videoconference"."""
