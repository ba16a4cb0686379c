"""Tokenizer and lemma fixes for the event lexicon's words: hyphenated words kept whole,
inflections the rule lemmatizer cuts back to another word, and a headline's credit dash set
close to the word before it. Applied by ``nlp.load_pipeline``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# Words of the event lexicon written with a hyphen ("test-fired two missiles", "urged Kyiv to
# de-escalate", "agreed to a cease-fire") are split by the tokenizer into "test", "-", "fired",
# and the parser then reads "test-fired missiles" as a noun phrase, or "de" as the verb: no
# pattern with the word could match. Kept whole, each is tagged and parsed as the one word it
# is, and its lemma is set here (the rule lemmatizer would make "test-launche" of
# "test-launched"). tests/test_nlp.py checks that every hyphenated word of verbs.yaml is here.
HYPHENATED_VERBS: dict[str, tuple[str, ...]] = {
    "test-fire": ("test-fire", "test-fires", "test-fired", "test-firing"),
    "test-launch": ("test-launch", "test-launches", "test-launched", "test-launching"),
    "de-escalate": ("de-escalate", "de-escalates", "de-escalated", "de-escalating"),
    "machine-gun": ("machine-gun", "machine-guns", "machine-gunned", "machine-gunning"),
    "re-examine": ("re-examine", "re-examines", "re-examined", "re-examining"),
    "tear-gas": ("tear-gas", "tear-gassed", "tear-gassing"),
    "de-occupy": ("de-occupy", "de-occupies", "de-occupied", "de-occupying"),
    "strong-arm": ("strong-arm", "strong-arms", "strong-armed", "strong-arming"),
    # nouns and modifiers
    "cease-fire": ("cease-fire", "cease-fires"),
    "de-escalation": ("de-escalation",),
    "de-occupation": ("de-occupation",),
    "pull-out": ("pull-out", "pull-outs"),
    "go-ahead": ("go-ahead",),
    "no-fly": ("no-fly",),
    "sit-in": ("sit-in", "sit-ins"),
    "fact-finding": ("fact-finding",),
    "anti-aircraft": ("anti-aircraft",),
    "anti-personnel": ("anti-personnel",),
}


# Verbs of the event lexicon whose inflections the rule lemmatizer cuts back to another word
# ("waging", "waged", "wages" -> "wag"; "fined" -> "fin"; "raped" -> "rap"; "cordoned" ->
# "cordone"), so "is waging a war" or "police cordoned off the square" found no verb; the noun
# forms share the lemma ("the wages", "heavy fines"). Found by inflecting every verb of
# verbs.yaml and lemmatizing it in a sentence.
LEMMA_FIXES: dict[str, tuple[str, ...]] = {
    "wage": ("waging", "waged", "wages"),
    "stage": ("staging", "staged", "stages"),
    "rage": ("raging", "raged", "rages"),
    "fine": ("fines", "fined", "fining"),
    "rape": ("rapes", "raped", "raping"),
    "snipe": ("snipes", "sniped", "sniping"),
    "lambaste": ("lambastes", "lambasted", "lambasting"),
    "cordon": ("cordoned", "cordoning"),
    "deregister": ("deregistered", "deregistering"),
    "waterboard": ("waterboarded", "waterboarding"),
    "unban": ("unbanned", "unbanning"),
    "teargas": ("teargassed", "teargassing"),
    "target": ("targetted", "targetting"),
    # plural nouns of the lexicon's objects ("struck military bases" had read "basis")
    "base": ("bases",),
    "grave": ("graves",),
    "tax": ("taxes",),
    "dose": ("doses",),
    "boycott": ("boycotts",),
    "salvo": ("salvos",),
}


def keep_hyphenated_verbs(nlp: Language) -> None:
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for lemma, forms in HYPHENATED_VERBS.items():
        for form in forms:
            for spelling in (form, form.capitalize()):
                tokenizer.add_special_case(spelling, [{ORTH: spelling}])
            if ruler is not None:
                ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})  # type: ignore[attr-defined]
    # "... encircle Kyiv -U.S. official": a dash set close to an abbreviation is a headline's
    # credit dash, not part of the word (the tokenizer keeps "-U.S." whole)
    for dash in ("-", "\u2013", "\u2014"):
        for abbreviation in ("U.S.", "U.N.", "U.K.", "E.U."):
            tokenizer.add_special_case(dash + abbreviation, [{ORTH: dash}, {ORTH: abbreviation}])
    # ("... between Moscow and Kyiv,- Erdogan": so is a dash right after a comma, which the
    # tokenizer would keep on the word before it)
    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=,)[-\u2013\u2014]"]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # ("... if it invades Ukraine -EU chief": and a dash set close to a capitalised word)
    prefixes = [*(nlp.Defaults.prefixes or ()), r"[-\u2013\u2014](?=[A-Z])"]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    if ruler is not None:
        for lemma, forms in LEMMA_FIXES.items():
            ruler.add([[{"LOWER": {"IN": list(forms)}}]], {"LEMMA": lemma})  # type: ignore[attr-defined]
