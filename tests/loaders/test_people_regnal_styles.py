"""A Malay ruler's style: the regnal epithet and the late father's lineage are no names."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _names(text: str) -> list[str]:
    return [p.name for p in PIPELINE(Document("t", "t", text)).people]


def test_people_epithet_and_late_father_are_cut_from_the_style() -> None:
    text = (
        "His Majesty Sultan Haji Rashidul Amin Mu'izzaddin Waddaulah ibni Al-Marhum Sultan "
        "Haji Yusof Kamaluddin Sa'adul Khairi Waddien, Sultan of Perlindungan, received the "
        "Prime Minister of Nepal, Sushila Karki, on Monday."
    )
    assert _names(text) == ["Rashidul Amin", "Sushila Karki"]


def test_people_epithet_before_billah_is_cut() -> None:
    text = "Al-Sultan Ahmad Ri'ayatuddin Al-Mustafa Billah Shah met President Lula in Brasilia."
    assert "Ahmad" in _names(text)
    assert not any("Billah" in n or "Mustafa" in n for n in _names(text))


def test_people_name_ending_in_uddin_without_an_epithet_stays() -> None:
    # "Nizamuddin" is a given name here: no "Waddaulah" or "Billah" follows it.
    assert _names("Sultan Nizamuddin Iskandar Shah met Prime Minister Anwar Ibrahim.") == [
        "Nizamuddin Iskandar Shah",
        "Anwar Ibrahim",
    ]


def test_people_bin_without_the_late_keeps_the_father_in_the_name() -> None:
    names = _names("Sheikh Hamdan bin Rashid Al Maktoum opened the forum in Dubai.")
    assert names == ["Hamdan bin Rashid Al Maktoum"]
