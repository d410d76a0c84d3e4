package news.summarizer.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short fictional news items in the languages our users send. Without a reliable detector the offline engine labels
 * a French summary "de", or a Spanish one "nl" (both use "de" and "en" as function words).
 */
class LanguageDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "de|Lindenau (dpa) - Der Stadtrat von Lindenau hat am Dienstag den Bau einer neuen Brücke über die Mulde "
                    + "beschlossen. Die Kosten liegen bei zwölf Millionen Euro, sagte Bürgermeisterin Jördis Weiß.",
            "en|HARBOURTON (Reuters) - The city council of Harbourton approved a new bridge over the river on Tuesday, "
                    + "mayor Ellen Marsh said. The project will cost twelve million pounds and should be finished by 2027.",
            "fr|Marbourg (AFP) - Le conseil municipal de Marbourg a approuvé mardi la construction d'un nouveau pont sur "
                    + "la rivière. Selon la maire Claire Dumont, le projet coûtera douze millions d'euros et sera terminé en 2027.",
            "es|Villaverde (EFE) - El ayuntamiento de Villaverde aprobó el martes la construcción de un nuevo puente sobre "
                    + "el río. Según la alcaldesa Lucía Ortega, el proyecto costará doce millones de euros y estará listo en 2027.",
            "it|Montalto (ANSA) - Il consiglio comunale di Montalto ha approvato martedì la costruzione di un nuovo ponte "
                    + "sul fiume. Secondo la sindaca Giulia Ferri, il progetto costerà dodici milioni di euro e sarà pronto nel 2027.",
            "nl|Veendijk (ANP) - De gemeenteraad van Veendijk heeft dinsdag de bouw van een nieuwe brug over de rivier "
                    + "goedgekeurd. Volgens burgemeester Anouk de Vries kost het project twaalf miljoen euro en is het in 2027 klaar.",
            "pl|Zielonka (PAP) - Rada miasta Zielonka zatwierdziła we wtorek budowę nowego mostu na rzece. Według burmistrz "
                    + "Anny Nowak projekt będzie kosztował dwanaście milionów euro i zostanie ukończony w 2027 roku.",
    })
    void should_name_the_language_when_given_a_short_news_item(String language, String text) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(language);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fr|Le ministre de l'Économie a présenté son budget. Il prévoit des économies dans les dépenses de l'État "
                    + "et une hausse des investissements dans les écoles, a-t-il déclaré devant les députés.",
            "es|El ministro de Economía presentó su presupuesto. Prevé recortes en el gasto del Estado y más inversión "
                    + "en las escuelas, dijo ante los diputados en Madrid.",
            "en|The minister presented his budget to parliament. He plans cuts in public spending and more money for "
                    + "schools, he told lawmakers in London on Wednesday.",
    })
    void should_not_mistake_romance_or_english_prose_for_dutch_or_german(String language, String text) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(language);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Brücke", "Lindenau 2027"})
    void should_not_guess_when_the_text_says_too_little(String text) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(LanguageDetector.UNDETERMINED);
    }
}
