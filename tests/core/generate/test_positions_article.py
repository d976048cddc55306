"""A whole invented dispute article: every position found once, with a question-ready stance and demand,
and the background (history, engineering, traffic notices) left alone."""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import ARTICLES


def test_bridge_dispute_positions():
    ex = extract((ARTICLES / "p-bridge-dispute.txt").read_text(encoding="utf-8"))
    got = [(p.side, p.stance, p.demand) for p in ex.positions]
    assert got == [
        ("Marsh Valley Council", "wants", "to double tolls on the Riverside Bridge from April"),
        ("Road Hauliers Association", "rejects", "the plan"),
        ("Marsh Valley Council (Nora Pike)", "says that", "the extra money would pay for urgent repairs"),
        ("Marsh Valley Council (Nora Pike)", "says that", "The bridge must be fixed before it fails"),
        ("Marsh Valley Council (Nora Pike)", "is prepared to", "phase the rise over two years"),
        ("Road Hauliers Association", "demands", "a freeze until the repairs are finished"),
        ("Local traders", "calls for", "a public meeting"),
        ("Greenway Cycling Group", "offers to", "help with a survey of traffic"),
        ("Marsh Valley Council (Nora Pike)", "dismisses", "the call for a freeze as unaffordable"),
    ]
    assert [p.holder for p in ex.positions if p.stance == "offers to"] == ["Greenway Cycling Group"]


def test_every_demand_reads_after_its_stance():
    ex = extract((ARTICLES / "p-bridge-dispute.txt").read_text(encoding="utf-8"))
    for p in ex.positions:
        assert p.stance and p.demand and p.stance.split()[0][-1] == "s"  # present tense, third person
        assert not p.demand.endswith(("…", '"', "”", ",")) and "…" not in p.demand
        assert p.demand.split()[-1].lower() not in {"of", "to", "the", "and", "including", "for", "with"}
