"""The learned stage in the pipeline, and the three extractors, on sentences written for these tests."""
import json
from datetime import date

import pytest

from kg.errors import KgError
from kg.model import Article
from kg.pipeline import annotate, extract, stages_for

# a familiar cue (باسم) after the name, in a relative aside with a verb (يتحدث باسم): the rules
# read the noun (المتحدث باسم، also after "وهو"), not the verb
SPOKESMAN = "العميد يحيى رسول، الذي يتحدث باسم الجيش العراقي، قال إن القوات تقدمت."
ARREST = "اعتقلت الشرطة العراقية ثلاثة مطلوبين في بغداد يوم الأحد."


def run(text, extractor):
    doc = extract(Article(id="t", text=text, published=date(2025, 3, 1)), extractor=extractor)
    name = {e.id: e.mentions[0].text for e in doc.entities}
    rels = {(r.type, name[r.head], name[r.tail]): r for r in doc.relations}
    roles = {(ev.type, role, name[x]) for ev in doc.events for role in ("agent", "target", "place")
             for x in getattr(ev, role)}
    return doc, rels, roles


# a familiar cue (في) before a place fronted with a time (في X مساء الخميس، قتل ...)
FRONTED = "وفي مدينة الرمادي مساء الخميس، قتل مسلحون شرطيا."


def test_the_models_find_a_relation_the_rules_miss():
    _, rules, _ = run(SPOKESMAN, "rules")
    _, learned, _ = run(SPOKESMAN, "learned")
    key = ("spokespersonOf", "يحيى رسول", "الجيش العراقي")
    assert key not in rules
    r = learned[key]
    assert r.pattern == "learned:spokespersonOf" and 0.5 <= r.confidence <= 1.0
    assert r.evidence == [(0, len(SPOKESMAN))]


def test_the_stage_adds_a_role_the_rules_miss():
    _, _, rules = run(FRONTED, "rules")
    doc, _, both = run(FRONTED, "both")
    assert not rules
    assert both == {("Killing", "place", "مدينة الرمادي")}
    [ev] = doc.events
    # the place joins the rules' event of that trigger (or makes one, dated as the rules date it)
    assert ev.pattern in ("learned:Killing", "Killing-verb") and ev.trigger == "قتل"
    assert ev.date == "2025-02-27"            # الخميس before 1 March


def test_with_the_rules_a_relation_needs_its_threshold():
    import kg.learn.stage as stage
    doc, _, _ = run(SPOKESMAN, "rules")
    from kg.view import build_views
    stage.apply(doc, build_views(doc), {"relations": 0.5})
    assert "learned:spokespersonOf" in {r.pattern for r in doc.relations}


def test_with_the_rules_only_some_relation_types_are_added():
    import kg.learn.stage as stage
    # the types whose additions held up, right 4 times in 5, on gold sets left out of training
    # (tools/learned_relations_cv.py --real-dev) and on unseen news read by hand: none since the
    # fourteenth session (spokespersonOf in the thirteenth, positionIn too in the twelfth)
    on = stage.THRESHOLDS["both"]["relations"]
    assert on == {}
    doc, _, _ = run(SPOKESMAN, "both")
    assert not any(r.pattern.startswith("learned:") and r.type not in on for r in doc.relations)
    from kg.view import build_views
    doc, _, _ = run(SPOKESMAN, "rules")
    stage.apply(doc, build_views(doc), {"relations": {"memberOf": 0.5}})
    assert "learned:spokespersonOf" not in {r.pattern for r in doc.relations}   # a type left out
    doc, _, _ = run(SPOKESMAN, "rules")
    stage.apply(doc, build_views(doc), {"relations": {"spokespersonOf": 0.5}})
    assert "learned:spokespersonOf" in {r.pattern for r in doc.relations}


def test_learned_roles_join_the_rule_event_of_their_trigger():
    import kg.learn.stage as stage
    doc, _, roles = run(ARREST, "rules")
    [ev] = doc.events
    ev.place = []      # as if the rules had missed the place
    from kg.view import build_views
    stage.apply(doc, build_views(doc), {"relations": 1.1, "agent": 0.5, "target": 0.5, "place": 0.5,
                                        "types": {}})      # (no type's own threshold: arrests' places are off)
    [ev2] = doc.events
    assert ev2 is ev and ev.pattern == "Arrest-verb"
    assert [e.mentions[0].text for e in doc.entities if e.id in ev.place] == ["بغداد"]


def test_learned_alone_makes_events_with_the_rules_date():
    doc, _, roles = run(ARREST, "learned")
    assert ("Arrest", "place", "بغداد") in roles
    [ev] = doc.events
    assert ev.pattern == "learned:Arrest" and ev.date == "2025-02-23"


def test_the_three_extractors():
    docs = {x: run(SPOKESMAN + " " + FRONTED, x)[0] for x in ("rules", "learned", "both")}
    patterns = {x: {r.pattern for r in d.relations} | {e.pattern for e in d.events} for x, d in docs.items()}
    assert not any(p.startswith("learned:") for p in patterns["rules"])
    assert patterns["learned"] and all(p.startswith("learned:") for p in patterns["learned"])
    assert patterns["rules"] <= patterns["both"] and "learned:spokespersonOf" in patterns["learned"]
    # entities do not depend on the extractor
    assert [e.name_ar for e in docs["rules"].entities] == [e.name_ar for e in docs["learned"].entities]
    with pytest.raises(KgError):
        stages_for("neural")


def test_annotate_and_evaluate_pass_the_extractor(monkeypatch, tmp_path):
    recs = annotate([{"id": "a", "text": ARREST, "published": "2025-03-01"}], extractor="learned")
    assert recs[0]["events"] and recs[0]["events"][0]["type"] == "Arrest"
    import kg.pipeline
    from kg.evaluate import evaluate_files
    seen = []
    monkeypatch.setattr(kg.pipeline, "annotate", lambda records, extractor="both": seen.append(extractor) or [])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": ARREST, "entities": [], "relations": [], "events": []},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    evaluate_files(gold, extractor="rules")
    assert seen == ["rules"]


def test_candidates_that_cannot_add_anything_are_not_scored(monkeypatch):
    import kg.learn.stage as stage
    from kg.view import build_views
    text = FRONTED + " " + ARREST + " قال العميد سالم الكعبي إن الجيش العراقي قصف مواقع في محافظة نينوى."
    scored = []
    real = stage._worth_scoring

    def spy(c, by_trigger, thresholds):
        scored.append(real(c, by_trigger, thresholds))
        return scored[-1]

    def roles_of(doc):
        return sorted((ev.type, r, x) for ev in doc.events for r in ("agent", "target", "place")
                      for x in getattr(ev, r))
    results = []
    for check in (spy, lambda c, by_trigger, thresholds: True):
        monkeypatch.setattr(stage, "_worth_scoring", check)
        doc, _, _ = run(text, "rules")
        stage.apply(doc, build_views(doc))
        results.append(roles_of(doc))
    assert results[0] == results[1]
    assert False in scored and True in scored



def test_candidates_whose_roles_have_no_threshold_are_not_scored(monkeypatch):
    """A person may only be an attack's agent or target: with no threshold for either (the
    target's of its own type set to none too), a person is never scored (a place still is),
    and the roles come out the same."""
    import kg.learn.stage as stage
    from kg.view import build_views
    text = "هاجم مسلحون يقودهم القيادي سالم الجبوري بلدة الحمدانية في محافظة نينوى فجر الأحد."
    th = {**stage.THRESHOLDS["both"], "types": {**stage.TYPE_THRESHOLDS["both"], ("Attack", "agent"): None,
                                                ("Attack", "target"): None}}
    checked = []
    real = stage._may_pass

    def spy(c, thresholds, classes):
        checked.append((c.slot.entity.type, real(c, thresholds, classes)))
        return checked[-1][1]

    results = []
    for check in (spy, lambda c, thresholds, classes: True):
        monkeypatch.setattr(stage, "_may_pass", check)
        doc, _, _ = run(text, "rules")
        doc.events = []
        found = stage.learned_roles(build_views(doc), stage.load()["roles"], th)
        results.append(sorted((k, etype, sorted(roles.items())) for k, (etype, _, roles) in found.items()))
    assert results[0] == results[1]
    assert ("Person", False) in checked and ("Place", True) in checked


def test_learned_stage_makes_no_event_of_a_word_the_rules_read_as_none():
    """"استقبل المستشفى جثامين": no one received, no meeting, from the rules or the models."""
    text = "وقالت الطبيبة سلمى خالد الراشد إن مستشفى الجلاء في طرابلس استقبل خلال الشهر الماضي جثامين ستة مدنيين."
    for extractor in ("rules", "both", "learned"):
        doc, _, _ = run(text, extractor)
        assert [ev for ev in doc.events if ev.type == "Meeting"] == [], extractor
    doc, _, roles = run("استقبل الرئيس التونسي قيس سالم في قصر قرطاج وفدا من حركة النهضة.", "rules")
    assert [ev for ev in doc.events if ev.type == "Meeting"]


def test_learned_events_take_no_date_told_in_a_later_relative_clause(monkeypatch):
    from kg.learn import stage
    from kg.view import build_views
    doc, _, _ = run("قتل عشرة مدنيين في بلدة الرمال التي سيطر عليها المسلحون في مارس.", "rules")
    doc.events = []
    view = build_views(doc)[0]
    i = next(k for k, t in enumerate(view.tokens) if t.text == "قتل")
    assert stage._sentence_date(view, i, doc.dates) is None


def test_learned_roles_give_no_target_to_a_visit():
    from kg.learn import stage
    from kg.view import build_views

    class AllTarget:      # a model sure that every candidate is a target
        classes = stage.load()["roles"].classes

        def probabilities(self, rows):
            return [[1.0 if c == "target" else 0.0 for c in self.classes] for _ in rows]

    doc, _, _ = run("زار وفد من حركة حماس العاصمة المصرية بدعوة من الخارجية المصرية.", "rules")
    found = stage.learned_roles(build_views(doc), AllTarget(), {"agent": 0.0, "target": 0.0, "place": 0.0})
    assert not any("target" in roles for etype, _, roles in found.values() if etype == "Visit")


def test_learned_roles_make_no_news_agency_an_agent():
    from kg.learn import stage
    from kg.view import build_views

    class AllAgent:       # a model sure that every candidate is an agent
        classes = stage.load()["roles"].classes

        def probabilities(self, rows):
            return [[1.0 if c == "agent" else 0.0 for c in self.classes] for _ in rows]

    doc, _, _ = run("الرياض - رويترز: احتجزت السلطات السعودية 11 أميرا في حملة لمكافحة الفساد.", "rules")
    media = {e.id for e in doc.entities if e.subtype == "MediaOrganization"}
    assert media
    found = stage.learned_roles(build_views(doc), AllAgent(), {"agent": 0.0, "target": 0.0, "place": 0.0})
    assert not any(media & set(roles.get("agent", {})) for _, _, roles in found.values())


def test_learned_stage_makes_no_operation_of_a_battle_no_one_launched():
    text = "وقالت قيادة العمليات المشتركة إن جنودها قتلوا 30 عنصرا من تنظيم داعش في معارك متفرقة."
    for extractor in ("rules", "both"):
        doc, _, _ = run(text, extractor)
        assert [ev for ev in doc.events if ev.type == "MilitaryOperation"] == [], extractor


def test_learned_stage_makes_no_operation_of_a_political_process():
    text = ("وقال المبعوث الأممي إن تعثر العملية السياسية في ليبيا يصب في مصلحة تنظيم «داعش» الذي "
            "يتمدد في مدينة سرت.")
    for extractor in ("rules", "both"):
        doc, _, _ = run(text, extractor)
        assert [ev for ev in doc.events if ev.type == "MilitaryOperation"] == [], extractor


def test_learned_stage_makes_no_event_of_an_act_measured_against_others():
    text = ("قتل 42 شخصا، أمس الجمعة، في انفجار سيارتين مفخختين استهدفتا مسجدا في مدينة طرابلس، "
            "في أعنف تفجير تشهده المدينة منذ نهاية الحرب الأهلية عام 1990.")
    doc, _, _ = run(text, "both")
    assert all(ev.date != "1990" for ev in doc.events)


def test_an_event_types_role_may_have_a_threshold_of_its_own(monkeypatch):
    import kg.learn.stage as stage
    assert stage.limit({"place": 0.8, "types": {("Killing", "place"): 0.6}}, "Killing", "place") == 0.6
    assert stage.limit({"place": 0.8, "types": {("Killing", "place"): 0.6}}, "Strike", "place") == 0.8
    assert stage.limit({"place": 0.8}, "Killing", "place") == 0.8
    # a type's None leaves the role to the rules: the killing's place of FRONTED is not added
    monkeypatch.setitem(stage.TYPE_THRESHOLDS, "both", {("Killing", "place"): None})
    _, _, both = run(FRONTED, "both")
    assert not both


def test_learned_stage_makes_no_event_of_an_act_planned():
    text = ("وأعلنت وزارة الداخلية اعتقال ثلاثة من عناصر التنظيم في منطقة الدورة جنوب بغداد، "
            "قالت إنهم كانوا يخططون لتفجير سيارات مفخخة في أسواق مدينة بغداد.")
    for extractor in ("rules", "both", "learned"):
        doc, _, _ = run(text, extractor)
        assert [ev for ev in doc.events if ev.type in ("Attack", "Strike")] == [], extractor


def test_the_source_of_a_report_is_no_place_of_the_act():
    # "بحسب أنقرة": Ankara speaks for its government; the killings were elsewhere
    _, _, roles = run("وقتل ما لا يقل عن 200 مسلح وأصيب نحو 300 في هذه الغارات بحسب أنقرة.", "both")
    assert not any(role == "place" for _, role, _ in roles)


def test_the_verb_after_a_relative_has_no_learned_agent_but_its_antecedent():
    from types import SimpleNamespace

    from kg.learn.stage import _not_the_relatives_antecedent
    from kg.segment import segment
    s = segment("وقال إن المقاومة تتقدم نحو المليشيات التي تقصف المدينة.")[0]
    k = s.norms.index("تقصف")
    view = SimpleNamespace(tokens=s.tokens)
    far, antecedent = SimpleNamespace(i=2, j=3), SimpleNamespace(i=k - 2, j=k - 1)
    assert _not_the_relatives_antecedent(SimpleNamespace(view=view, trigger=k, slot=far))
    assert not _not_the_relatives_antecedent(SimpleNamespace(view=view, trigger=k, slot=antecedent))
    # and in the pipeline: no one named elsewhere shells
    for extractor in ("both", "learned"):
        _, _, roles = run("وأكد القائد أن المقاومة لن تتراجع عن تحرير تعز من المليشيات الحوثية التي تقصف "
                          "المدينة بشكل عشوائي.", extractor)
        assert ("Strike", "agent", "المقاومة") not in roles, extractor


class _AllAgent:       # a model sure that every candidate is an agent
    def __init__(self):
        from kg.learn import stage
        self.classes = stage.load()["roles"].classes

    def probabilities(self, rows):
        return [[1.0 if c == "agent" else 0.0 for c in self.classes] for _ in rows]


def _learned_agents(text):
    from kg.learn import stage
    from kg.view import build_views
    doc, _, _ = run(text, "rules")
    name = {e.id: e.mentions[0].text for e in doc.entities}
    found = stage.learned_roles(build_views(doc), _AllAgent(), {"agent": 0.0, "target": 0.0, "place": 0.0})
    return {(view.tokens[i].text, name[x]) for (_, i), (_, view, roles) in found.items()
            for x in roles.get("agent", {})}


def test_who_condemns_an_act_is_no_learned_agent_of_it():
    agents = _learned_agents("ودانت حركة حماس في بيان القصف الإسرائيلي على غزة. "
                             "وقالت حركة حماس إنها قصفت مستوطنة قرب غزة.")
    assert ("القصف", "حركة حماس") not in agents
    assert ("قصفت", "حركة حماس") in agents       # a sure model still names a doer elsewhere


def test_who_announces_an_act_another_did_is_no_learned_agent_of_it():
    agents = _learned_agents("وأعلنت مديرية الأمن العام أن دورية من جهاز الاستخبارات ألقت القبض على "
                             "سالم العتيبي في مدينة الزرقاء.")
    assert ("القبض", "مديرية الأمن العام") not in agents
    # (its own forces after أن are its: "أعلن الجيش أن قواته ...")
    agents = _learned_agents("وأعلنت حركة حماس أن مقاتليها قصفوا مستوطنة قرب غزة.")
    assert ("قصفوا", "حركة حماس") in agents


def test_the_group_the_doer_belongs_to_is_no_learned_agent():
    agents = _learned_agents("وأعلنت جماعة «أنصار الإسلام»، الذراع المحلية لتنظيم «القاعدة»، مسؤوليتها عن "
                             "تفجير الحافلة. وقالت كتائب القسام، الجناح العسكري لحركة حماس، إنها قصفت مستوطنة.")
    assert ("تفجير", "القاعدة") not in agents and ("قصفت", "حركة حماس") not in agents
    assert ("تفجير", "أنصار الإسلام") in agents and ("قصفت", "كتائب القسام") in agents


def test_the_subject_of_a_reported_clause_is_no_learned_agent_in_the_next_one():
    agents = _learned_agents("وقال المتحدث إن سلاح الجو النيجيري قصف مخابئ قرب بلدة باما، وإن وحدات برية "
                             "حررت عشرين رهينة واعتقلت ستة مسلحين.")
    assert ("واعتقلت", "سلاح الجو النيجيري") not in agents
    assert ("قصف", "سلاح الجو النيجيري") in agents


def test_a_verb_after_a_relative_has_no_learned_agent_named_before_it():
    agents = _learned_agents("وقال إن حركة حماس تتقدم نحو الدبابات الإسرائيلية التي تقصف مدينة غزة.")
    assert ("تقصف", "حركة حماس") not in agents


def test_no_learned_agent_after_against_and_no_learned_target_that_is_a_source_or_the_doer():
    from kg.learn import stage
    from kg.view import build_views

    class AllTarget(_AllAgent):
        def probabilities(self, rows):
            return [[1.0 if c == "target" else 0.0 for c in self.classes] for _ in rows]

    agents = _learned_agents("وشنت القوات الحكومية هجوما ضد حركة الشباب قرب مقديشو.")
    assert ("هجوما", "حركة الشباب") not in agents
    doc, _, _ = run("وأسفر الانفجار عن مقتل السائق، بحسب وكالة الأنباء العراقية. "
                    "وتتزايد الهجمات على الجنود، وتنسب إلى حزب العمال الكردستاني.", "rules")
    name = {e.id: e.mentions[0].text for e in doc.entities}
    found = stage.learned_roles(build_views(doc), AllTarget(), {"agent": 0.0, "target": 0.0, "place": 0.0})
    targets = {name[x] for _, _, roles in found.values() for x in roles.get("target", {})}
    assert not targets & {"وكالة الأنباء العراقية", "حزب العمال الكردستاني"}


def test_a_type_with_a_target_threshold_of_its_own_opens_the_target_of_a_rule_event():
    """The target is left to the rules (no threshold of its own) except in the event types
    whose added targets held up in cross-validation: there an empty target may be filled."""
    import kg.learn.stage as stage
    from kg.model import Event
    th = {"agent": 0.85, "target": None, "place": 0.8, "types": {("MilitaryOperation", "target"): 0.6}}
    operation = Event(type="MilitaryOperation", trigger="عملية", agent=["e1"])
    strike = Event(type="Strike", trigger="غارة", agent=["e1"])
    assert stage._open_roles(operation, th) == {"target", "place"}
    assert stage._open_roles(strike, th) == {"place"}
    operation.target.append("e2")
    assert stage._open_roles(operation, th) == {"place"}


def test_a_date_after_mundhu_is_no_date_the_stage_gives():
    import kg.learn.stage as stage
    from kg.dates import find_dates
    from kg.view import build_views
    text = "وقال المصدر إن القيادي سامر الحربي الذي شغل منذ 2013 منصب نائب زعيم التنظيم قتل."
    doc, _, _ = run(text, "rules")
    [view] = build_views(doc)
    dates = find_dates(text, date(2025, 3, 1))
    assert [d.value for d in dates] == ["2013"]
    i = next(k for k, t in enumerate(view.tokens) if t.text == "قتل")
    assert stage._sentence_date(view, i, dates) is None
    # one date in the sentence, not after منذ: the sentence's date
    text = "وقال المصدر إن القيادي سامر الحربي قتل عام 2013."
    doc, _, _ = run(text, "rules")
    [view] = build_views(doc)
    i = next(k for k, t in enumerate(view.tokens) if t.text == "قتل")
    assert stage._sentence_date(view, i, find_dates(text, date(2025, 3, 1))) == "2013"


def test_a_learned_spokesman_needs_a_word_of_speaking_for():
    # "ترشيح نفسه باسم الحزب": in the party's name, no spokesman (the model reads باسم alone)
    _, rels, _ = run("وأعلن حاكم ولاية تكساس، ريك بيري، ترشيح نفسه باسم الحزب الجمهوري.", "both")
    assert ("spokespersonOf", "ريك بيري", "الحزب الجمهوري") not in rels


def test_a_learned_post_is_not_read_in_what_the_head_says():
    import kg.learn.stage as stage
    from kg.learn.candidates import relation_candidates
    from kg.view import build_views
    text = "وقال المتحدث باسم الهيئة الشرعية في لبنان، الشيخ سامي العلي، إن إيران تستخدم الفصائل أدوات."
    doc, _, _ = run(text, "rules")
    name = {e.id: e.mentions[0].text for e in doc.entities}
    cands = {(name[c.head.entity.id], name[c.tail.entity.id]): c for c in relation_candidates(build_views(doc))}
    said = cands[("سامي العلي", "إيران")]
    assert stage._tail_in_reported_speech(said, "positionIn")
    assert not stage._tail_in_reported_speech(cands[("سامي العلي", "لبنان")], "positionIn")


def test_one_of_the_spokesmen_is_a_word_of_speaking_for():
    import kg.learn.stage as stage
    from kg.learn.candidates import relation_candidates
    from kg.view import build_views
    doc, _, _ = run("وقال سامي العلي، أحد المتحدثين باسم الجيش العراقي، إن القوات تقدمت.", "rules")
    name = {e.id: e.mentions[0].text for e in doc.entities}
    [c] = [c for c in relation_candidates(build_views(doc))
           if (name[c.head.entity.id], name[c.tail.entity.id]) == ("سامي العلي", "الجيش العراقي")]
    assert not stage._no_spokes_word(c, "spokespersonOf")


def test_the_learned_stage_gives_no_act_the_date_of_a_claims_statement():
    from datetime import date
    from helpers import events, run
    evs = events(run("انفجرت عبوة ناسفة مساء الأحد بدورية للجيش جنوب مدينة رفح. وأعلن تنظيم «ولاية سيناء» "
                     "مسؤوليته عن التفجير في بيان نشره أنصاره على الإنترنت أمس.",
                     published=date(2015, 11, 17), extractor="both"))
    assert all(ev[4] != "2015-11-16" for ev in evs if ev[0] == "Attack")


class _AllPlace(_AllAgent):     # a model sure that every candidate is a place
    def probabilities(self, rows):
        return [[1.0 if c == "place" else 0.0 for c in self.classes] for _ in rows]


def test_the_argument_of_another_acts_verb_between_is_no_learned_agent_or_place():
    from kg.learn import stage
    from kg.view import build_views
    agents = _learned_agents("واستعادت القوات الأفغانية بلدة موسى قلعة بعد هجوم واسع على البلدة، بمساندة من "
                             "الطيران الأمريكي الذي قصف مواقع حركة طالبان.")
    assert ("هجوم", "حركة طالبان") not in agents       # what the aircraft struck
    assert ("هجوم", "القوات الأفغانية") in agents       # no other act between
    doc, _, _ = run("وقتل ثلاثة جنود في هجوم على نقطة تفتيش قرب الحدود، فيما قصفت طائرات حربية بلدة "
                    "كفرنبل.", "rules")
    name = {e.id: e.mentions[0].text for e in doc.entities}
    found = stage.learned_roles(build_views(doc), _AllPlace(), {"agent": 0.0, "target": 0.0, "place": 0.0})
    places = {(view.tokens[i].text, name[x]) for (_, i), (_, view, roles) in found.items()
              for x in roles.get("place", {})}
    assert ("هجوم", "كفرنبل") not in places and ("وقتل", "كفرنبل") not in places
    assert ("قصفت", "كفرنبل") in places


def test_the_learned_stage_makes_no_meeting_dated_after_the_article():
    from kg.learn import stage
    from kg.view import build_views
    text = "وقال الرئيس إن بلاده ستشارك في اجتماع لقادة الدول الكبرى في باريس في كانون الأول (ديسمبر) المقبل."
    doc = extract(Article(id="t", text=text, published=date(2016, 5, 10)), extractor="rules")
    assert not [e for e in doc.events if e.type == "Meeting"]       # the rules drop it by its date
    found = stage.learned_roles(build_views(doc), _AllPlace(), {"agent": 0.0, "target": 0.0, "place": 0.0})
    assert any(etype == "Meeting" for etype, _, _ in found.values())
    stage.add_roles(doc, found, getattr(doc, "dates", []), {})
    assert not [e for e in doc.events if e.type == "Meeting"]
    # the same meeting told in a past month is one
    doc = extract(Article(id="t", text=text.replace("المقبل", "الماضي"), published=date(2016, 5, 10)),
                  extractor="rules")
    assert [e.date for e in doc.events if e.type == "Meeting"] == ["2015-12"]


def test_a_name_before_a_possessive_arrest_noun_is_no_learned_agent():
    agents = _learned_agents("وطالبت منظمة العفو الدولية بالإفراج عن الناشط سامي العلي بعد اعتقاله في القاهرة.")
    assert ("اعتقاله", "منظمة العفو الدولية") not in agents
    # a name after it may be («اعتقاله على يد X»), as may one before a noun with no pronoun
    agents = _learned_agents("وأعلنت وزارة الداخلية اعتقال الناشط سامي العلي في القاهرة.")
    assert ("اعتقال", "وزارة الداخلية") in agents


def test_a_state_one_is_loyal_to_or_acts_at_the_request_of_is_no_learned_place():
    from kg.learn import stage
    from kg.view import build_views
    doc, _, _ = run("وعقد مجلس الأمن الدولي اجتماعا طارئا بناء على طلب فرنسا لبحث الوضع في حلب. "
                    "وقتل جنديان في اشتباكات مع مسلحين موالين لإيران قرب مدينة تعز.", "rules")
    name = {e.id: e.mentions[0].text for e in doc.entities}
    found = stage.learned_roles(build_views(doc), _AllPlace(), {"agent": 0.0, "target": 0.0, "place": 0.0})
    places = {(view.tokens[i].text, name[x]) for (_, i), (_, view, roles) in found.items()
              for x in roles.get("place", {})}
    assert not {p for p in places if p[1] in ("فرنسا", "إيران")}
    # the place of the killing passes; the town the meeting was called to discuss is its topic
    # (places.about_the_topic), no place of it
    assert ("وقتل", "مدينة تعز") in places and ("اجتماعا", "حلب") not in places


def test_the_stage_gives_the_act_replied_to_no_doer_named_before_it():
    text = "وصعد حزب العمال الكردستاني هجماته على قوات الأمن التركية ردا على هجوم سروج الذي استهدف ناشطين."
    doc, _, roles = run(text, "both")
    assert ("Attack", "agent", "حزب العمال الكردستاني") in roles
    [replied] = [ev for ev in doc.events if ev.trigger == "هجوم"]
    assert not replied.agent



def test_the_stage_gives_no_doer_who_is_only_the_doers_ally():
    text = ("وقالت المقاومة الشعبية على حسابها على تويتر إن القوى الانفصالية الجنوبية المتحالفة مع "
            "التحالف الذي تقوده السعودية اعتقلت قياديا كبيرا في حركة الحوثي.")
    _, _, roles = run(text, "both")
    assert not [r for r in roles if r[1] == "agent"]


def test_the_stage_gives_talks_no_place_they_are_about():
    """"محادثات مع وفد X تتعلق بمدينة Y": Y is the topic (places.about_the_topic)."""
    text = "وقالت الجماعة إنها كانت تجري محادثات مع وفد روسي تتعلق بمدينة درعا لكن المفاوضات توقفت."
    _, _, roles = run(text, "both")
    assert not [r for r in roles if r[0] == "Meeting" and r[1] == "place"]


def test_the_stage_gives_no_doer_who_only_lost_the_dead():
    """"قتلى وجرحى من X سقطوا خلال الهجوم": X lost them (victims.side_of_the_casualties)."""
    text = ("وهاجمت عناصر من المقاومة الشعبية مساء الثلاثاء نقطة أمنية تابعة لجماعة الحوثي في مديرية دمت. "
            "وذكر مصدر محلي أن قتلى وجرحى من الحوثيين سقطوا خلال الهجوم.")
    doc, _, _ = run(text, "both")
    name = {e.id: e.mentions[0].text for e in doc.entities}
    assert not [ev for ev in doc.events if ev.type == "Attack" and any("الحوثي" in name[x] for x in ev.agent)]

