"""Every position keyed to the right party, with its polarity (issue 14, round 13; blind readers' wrong-key
defects in general terms). Every sentence here is invented for its test:

- an -ing cue right after "from" ("barred by the charter from seeking a third term", "refrained from backing")
  is what the subject is kept from, never its aim;
- 'his agent, X, said Dario Vell "just wants to play football"': the quotation goes on the reported clause whose
  subject stands before it, so the wish is that subject's, not the agent's;
- a cue word after a number is a noun ("11 support staff", "3 offer letters"), no verb of a side;
- a cue inside a condition another side sets ("would not return until the company agreed to restore …") is no
  act of that side;
- "refused to discuss the player by name / the offer in detail / it publicly" is reticence, no policy;
- "the biggest row was in 2019, when the company wanted to sell the pier": an aim of a past occasion is asked in the
  past, never as a present wish.
"""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def positions(body: str, title: str = "Row in Tarnby"):
    return extract(article(body, title)).positions


def test_an_ing_cue_after_from_is_no_aim():
    for body, word in (
        ("Outgoing Mayor Lars Ebbe, who is barred by the town charter from seeking a third term, urged both sides "
         "to talk.", "third term"),
        ("The Tarnby Traders' Guild has so far refrained from backing the new parking charges.", "parking"),
        ("The Wenford Rowing Club was stopped by a court order from demanding the return of its boathouse.",
         "boathouse"),
        ("Councillor Mira Holt stepped back from calling for a public inquiry into the contract.", "inquiry"),
        ("The Ostley Farmers' Union is banned under the agreement from seeking further payments.", "payments"),
        ("President Ana Velt, who is prevented by law from seeking re-election, said she would retire.",
         "re-election"),
    ):
        got = positions(body)
        assert not any(word in p.demand and p.stance in ("seeks", "backs", "demands", "calls for", "supports")
                       for p in got), (body, [(p.side, p.stance, p.demand) for p in got])


def test_an_agents_words_about_his_client_are_the_clients_wish():
    for body, client, agent in (
        ('The striker has not spoken in public, but his agent, Paulo Senna, said Dario Vell "just wants to play '
         'football".', "Dario Vell", "Paulo Senna"),
        ('Her lawyer, Tom Reeve, said Anna Kolby "simply wants to clear her name" and would appeal.', "Anna Kolby",
         "Tom Reeve"),
        ('The singer\'s manager, Ola Brandt, said Kira Mols "really wants to tour again next year".', "Kira Mols",
         "Ola Brandt"),
        ('His spokesman, Ivo Lund, said Pieter Haas "only wants to see the report published".', "Pieter Haas",
         "Ivo Lund"),
        ('The coach, Emil Sorn, said Jonas Pelt "just wants to get back on the pitch".', "Jonas Pelt",
         "Emil Sorn"),
        ('Her agent, Lisa Tamm, insisted Marta Rull "just wants to finish the season at Ostley".', "Marta Rull",
         "Lisa Tamm"),
    ):
        got = [p for p in positions(body) if p.stance == "wants"]
        assert got and all(p.holder == client for p in got), (body, [(p.holder, p.demand) for p in got])
        assert not any(p.holder == agent for p in got)


def test_a_cue_word_after_a_number_is_a_noun():
    for body in (
        "The Tarnby Teachers' Union said the closure would put the jobs of 14 teachers and 11 support staff at risk.",
        "The Ostley Nurses' Union said 40 support workers would lose their posts.",
        "The Wenford Dockers' Union said the firm had sent 300 offer letters to new recruits.",
        "The Kelby Bus Workers' Union said twelve support staff had resigned this year.",
        "The Harlow Cleaners' Union said 25 support roles would go under the plan.",
        "The Tarn Miners' Union said 60 back office jobs would be moved to Orlen.",
    ):
        got = positions(body)
        assert not any(p.stance in ("supports", "offers", "backs") for p in got), (
            body, [(p.side, p.stance, p.demand) for p in got])


def test_a_cue_inside_another_sides_condition_is_not_that_sides_act():
    for body, word in (
        ("The Tarnby Ferry Workers' Union said it would not return to talks until the company agreed to restore "
         "the old shift pattern.", "shift"),
        ("The Ostley Rebel Front said it would not disarm until the government agreed to release 900 prisoners.",
         "prisoners"),
        ("The Kelby Tenants' Association will keep up its rent strike unless the landlord offers to repair the "
         "lifts.", "lifts"),
        ("The Wenford Growers' Union said it would block the depot until the retailer agreed to pay 40p a litre.",
         "40p"),
        ("The Harlow Pilots' Union will not sign the deal till the airline agrees to cap rosters at 50 hours.",
         "rosters"),
        ("The Orlen Dockers' Union said the strike would go on unless the port authority offered to reinstate the "
         "three sacked men.", "reinstate"),
    ):
        got = positions(body)
        assert not any(word in p.demand and p.stance in ("agrees to", "offers to", "offers") for p in got), (
            body, [(p.side, p.stance, p.demand) for p in got])


def test_refusing_to_discuss_by_name_or_in_detail_is_reticence():
    for body in (
        "Colstone United manager Erik Sande refused to discuss Ade Bako by name but said his squad needed pace.",
        "Tarnby Ferries manager Ole Pask refused to discuss the pay offer in detail but said talks would continue.",
        "Kelby Council's leader, Ruth Orme, refused to discuss the sale publicly.",
        "The Ostley Trust's chair, Ian Moll, refused to discuss the specifics of the deal.",
        "The Harlow Rovers chairman, Dean Cole, refused to discuss the bid further.",
        "Wenford Water's chief executive, Nia Brook, declined to discuss the details of the fine.",
    ):
        got = positions(body)
        assert not any(p.stance.startswith(("refuses", "declines")) for p in got), (
            body, [(p.side, p.stance, p.demand) for p in got])


def test_a_refusal_to_discuss_with_a_party_stays_a_position():
    got = positions("The Tarnby Ferry Company has refused to discuss pay with the union until the strike is called "
                    "off.")
    assert any(p.stance.startswith("refuses") for p in got)


def test_an_aim_of_a_past_occasion_is_asked_in_the_past():
    for body in (
        "The biggest row was in 2019, when the Tarnby Ferry Company wanted to sell the old pier because it said the "
        "pier was unsafe.",
        "The worst year was 2015, when the Kelby Council wanted to close the library on Sundays.",
        "In 2012, the Ostley Harbour Board sought to fill in the old dock for a car park.",
        "The fight began in 2018, when the Wenford Water Company planned to build a reservoir on the moor.",
        "It was 2009, when the Harlow Rovers board wanted to move the club to a new town.",
        "In 2016 the Orlen Port Authority proposed to close the fish market.",
    ):
        got = [p for p in positions(body) if p.stance in ("wants", "seeks", "plans", "proposes", "plans to",
                                                           "proposes to", "seeks to", "wants to")]
        assert all(p.past for p in got), (body, [(p.side, p.stance, p.demand, p.past) for p in got])


def test_the_parties_together_as_a_reported_subject_are_not_the_speakers_side():
    for body, word in (
        ("Orlenia's foreign minister, Ana Velt, who chaired the talks, said the two delegations had agreed to a "
         "48-hour pause in fighting around Tarsk.", "pause"),
        ("Mediator Orlenia says sides agreed to meet again on 8 June; prisoners remain a sticking point.", "meet"),
        ("The Kelby government said both sides wanted to hold a second round in Orlenia.", "second round"),
        ("The United Nations envoy, Pia Lund, said the warring parties had agreed to open a corridor for aid.",
         "corridor"),
        ("The arbitration service said the two sides had agreed to resume talks on Monday.", "resume"),
        ("Norvik, which hosted the talks, said the delegations had agreed to a prisoner exchange.", "exchange"),
    ):
        got = positions(body)
        assert not any(word in p.demand and p.stance in ("agrees to", "wants", "agrees") for p in got), (
            body, [(p.side, p.stance, p.demand) for p in got])


def test_what_a_speaker_says_another_party_can_do_is_not_its_position():
    for body, word in (
        ('Councillor Ruth Orme backed the plan. "Wenford Primary can offer these children a modern building and a '
         'wider curriculum," she said.', "modern building"),
        ('The minister, Ivo Lund, defended the merger. "Kelby Hospital can provide the same care closer to home," '
         'he said.', "care"),
        ('Ana Brisk of the Tarnby Trust welcomed the move. "The Ostley Museum could offer the collection a proper '
         'home," she said.', "proper home"),
        ('Mayor Tom Reeve said the deal was fair. "Harlow Rovers can offer the town a new stadium," he said.',
         "stadium"),
        ('The union leader, Nia Brook, was scathing. "The Orlen Water Company could offer a better deal tomorrow," '
         'she said.', "better deal"),
        ('Lena Dorsk of the parents\' group was hopeful. "Kelby Academy can offer our children a sixth form," she '
         'said.', "sixth form"),
    ):
        got = positions(body)
        assert not any(word in p.demand and p.stance.startswith(("offers", "provides")) for p in got), (
            body, [(p.side, p.stance, p.demand) for p in got])


def test_a_speakers_own_can_offer_stays_the_speakers():
    got = positions('The Tarnby Ferry Company made a new offer. "We can offer a 4% rise from June," said its chief '
                    'executive, Ola Brandt.')
    assert any("4% rise" in p.demand for p in got), [(p.side, p.stance, p.demand) for p in got]


def test_a_cue_whose_subject_is_no_one_is_nobodys_position():
    for body, word in (
        ('Kelby Council\'s cabinet member for schools, Tom Hale, defended the plan. "Nobody goes into public life '
         'wanting to close a school," he said.', "close a school"),
        ('"No one wants to see a library shut," said the Kelby Council leader, Ruth Orme.', "library"),
        ('"Nobody in this town wants higher parking charges," said the Ostley Traders\' Guild chair, Ian Moll.',
         "parking"),
        ('"None of us wants a strike before Christmas," said Nia Brook of the Tarnby Nurses\' Union.', "strike"),
        ('The Wenford Rowing Club chair, Ola Brandt, said: "Not one of our members is asking for a new boathouse."',
         "boathouse"),
        ('"Not a single parent wants the merger," said the Harlow Parents\' Forum chair, Lena Dorsk.', "merger"),
    ):
        got = positions(body)
        assert not any(word in p.demand and p.stance in ("wants", "asks for", "demands", "seeks") for p in got), (
            body, [(p.side, p.stance, p.demand) for p in got])


def test_a_speakers_own_want_after_a_comma_stays():
    got = positions('"We have waited long enough, and we want a fair deal now," said Nia Brook of the Tarnby '
                    'Nurses\' Union.')
    assert any("fair deal" in p.demand for p in got), [(p.side, p.stance, p.demand) for p in got]


def test_what_a_speaker_says_a_court_agreed_is_the_courts_act():
    for body, word in (
        ("Mr Brand, the Kelby Estuary Trust's director, said that if the group lost, it could face a costs bill of "
         "up to £90,000, although the court has agreed to cap its liability at £20,000.", "cap"),
        ("Ms Velt of the Ostley Residents' Association said the judge had agreed to hear the case in one day.",
         "hear the case"),
        ("The Tarnby Ferry Workers' Union said the tribunal had agreed to delay its ruling until June.", "delay"),
        ("Lena Dorsk of the Harlow Parents' Forum said the inspector had agreed to visit the school site.", "visit"),
        ("The Wenford Growers' Union said that the High Court had refused to hear its appeal.", "hear its appeal"),
        ("Nia Brook, for the Kelby Tenants' Association, said the coroner had agreed to widen the inquest.",
         "widen"),
    ):
        got = positions(body)
        assert not any(word in p.demand and p.stance in ("agrees to", "refuses to") for p in got), (
            body, [(p.side, p.stance, p.demand) for p in got])
