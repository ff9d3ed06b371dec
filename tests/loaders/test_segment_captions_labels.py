"""A caption is labelled in more ways than "Photo:": with its source in brackets ("Photo
(file):"), with the word caption or credit after the picture's name ("Photo caption:",
"Picture credit:"), or with the craft itself ("Photography: Presidency / Archive photo of ...").
An old picture's caption would otherwise make a meeting or visit on the picture's day."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, meetings, read, visits

FILED = datetime.date(2025, 3, 21)
STORY = "President Anna Berg of Sweden spoke in Stockholm on Friday.\n\n"


@pytest.mark.parametrize(
    "caption",
    [
        "Photo caption: President Anna Berg with the Latvian President Edgars Rinkevics during an"
        " earlier meeting in Riga, 4 May.",
        "Photo (file): President Anna Berg with the Latvian President Edgars Rinkevics during an"
        " earlier meeting in Riga, 4 May.",
        "Photography: Presidency of the Republic / Archive photo of President Anna Berg meeting"
        " the Latvian President Edgars Rinkevics in Riga, 4 May.",
        "Image credit: Presidency - President Anna Berg meeting the Latvian President Edgars"
        " Rinkevics in Riga, 4 May.",
        "Caption: President Anna Berg with the Latvian President Edgars Rinkevics during an"
        " earlier meeting in Riga, 4 May.",
    ],
)
def test_segment_captions_labels_give_no_meeting(caption: str) -> None:
    document = read(STORY + caption, FILED)
    assert ["Anna Berg", "Edgars Rinkevics"] not in meetings(document)
    assert ("Anna Berg", "LV") not in visits(document)


@pytest.mark.parametrize(
    "sentence",
    [
        # a sentence about photography or a caption, not a label opening a line
        "Photography exhibitions aside, President Anna Berg met the Latvian President Edgars"
        " Rinkevics in Riga on 4 March.",
        "Captions aside, President Anna Berg met the Latvian President Edgars Rinkevics in Riga"
        " on 4 March.",
    ],
)
def test_segment_captions_labels_only_opening_a_line(sentence: str) -> None:
    assert ["Anna Berg", "Edgars Rinkevics"] in meetings(read(STORY + sentence, FILED))


def test_segment_captions_labels_a_caption_inside_a_one_paragraph_item() -> None:
    # A feed's item is one paragraph: the caption follows the story's last sentence on its line.
    item = (
        "ZAGREB, February 20 (Agency) - Prime Minister Ana Horvat held talks today with her "
        "Slovenian counterpart Marko Zupan. Photo caption: Horvat and Zupan at an earlier meeting "
        "in Maribor, 15 July 2023 (archive)."
    )
    assert dated_meetings(read(item, datetime.date(2024, 2, 20))) == [
        (["Ana Horvat", "Marko Zupan"], "2024-02-20")
    ]


def test_segment_captions_labels_a_sentence_about_a_photo_is_still_read() -> None:
    # Near miss: a sentence that speaks of photos is no caption.
    item = (
        "Prime Minister Ana Horvat held talks today with her Slovenian counterpart Marko Zupan. "
        "Photographers waited as the two met again in Maribor on 15 July 2023."
    )
    assert len(dated_meetings(read(item, datetime.date(2024, 2, 20)))) == 2
