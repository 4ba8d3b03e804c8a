"""The cheap language check: English text passes; other languages are named (by what the page declares) and
not analysed by the English extractors."""
import pytest

from dateline.records import RawArticle
from dateline.structure.language import language

GERMAN = ("BERLIN (dpa) - Die Bundesregierung hat am Dienstag neue Hilfen für die Landwirte beschlossen, die unter "
          "der Dürre des Sommers gelitten haben. Der Minister sagte, das Geld solle noch vor dem Winter ausgezahlt "
          "werden, damit die Betriebe ihre Tiere versorgen können. Die Opposition kritisierte das Paket als zu klein "
          "und forderte eine Debatte im Bundestag noch in dieser Woche.")
SPANISH = ("MADRID (EFE) - El Gobierno aprobó el martes un plan de ayudas para los agricultores afectados por la "
           "sequía del verano. La ministra dijo que el dinero llegará antes del invierno para que las granjas puedan "
           "alimentar a sus animales. La oposición criticó el paquete por insuficiente y pidió un debate urgente en "
           "el Congreso esta misma semana.")
ENGLISH = ("BERLIN (dpa) - The German government on Tuesday approved new aid for farmers who suffered from the "
           "summer's drought. The minister said the money would be paid before the winter so that farms can feed "
           "their animals. The opposition criticised the package as too small and called for a debate in the "
           "Bundestag this week.")


# English low in function words (a list of headlines, as scraped pages have): still English
HEADLINES = "\n\n".join(["3:11 Lost goat rescue leads to arrest Pause", "1:11 First Harlow fellow bakes bread",
                           "1:04 Bibb superintendent says district learned lessons", "0:48 Raekwon Smith profile",
                           "4:11 Arcade owner describes new games", "1:45 Pupils gather at tearful vigil",
                           "2:30 County commissioners approve new budget plan", "0:55 Weather: storms expected Friday",
                           "3:02 Police chief names new deputy", "1:20 Library reopens after renovation"])
RUSSIAN = ("МОСКВА - Правительство во вторник одобрило новую помощь фермерам, пострадавшим от летней засухи. "
           "Министр сказал, что деньги будут выплачены до зимы, чтобы хозяйства могли прокормить животных.")
CHINESE = "北京消息，政府星期二批准了对遭受夏季干旱影响的农民的新援助。部长说，这笔钱将在冬季之前支付，以便农场能够喂养他们的动物。"


@pytest.mark.parametrize("text, declared, code", [
    (ENGLISH, None, "en"), (ENGLISH, "de", "en"), (GERMAN, "de-DE", "de"), (SPANISH, "es", "es"),
    (GERMAN, None, "und"), (GERMAN, "en", "und"), ("Kurz: Regen.", None, "en"),
    (HEADLINES, None, "en"), (RUSSIAN, "ru", "ru"), (CHINESE, "zh-CN", "zh"), (CHINESE, None, "und"),
])
def test_language(text, declared, code):
    assert language(text, declared=declared) == code


def test_other_languages_are_kept_but_not_analysed(nlp):
    from dateline.pipeline import process

    de, en = list(process([RawArticle(id="de", text=GERMAN, origin="de", language="de"),
                           RawArticle(id="en", text=ENGLISH, origin="en")]))
    assert de.language == "de" and not (de.quotes or de.actors or de.events or de.dates or de.places)
    assert de.to_dict()["language"] == "de"
    assert en.language == "en" and en.actors
