package org.letterflow.extraction.control;

/**
 * How people, positions and phones look in Russian letters: the patterns the parts of the
 * requisite parser share.
 */
final class Names {

    /** "Шатунов", "Римский-Корсаков", and in capitals as many sign: "СИДОРОВА". */
    private static final String SURNAME = "(?:\\p{Lu}[\\p{Ll}ё]+(?:-\\p{Lu}[\\p{Ll}ё]+)?|\\p{Lu}[\\p{Lu}Ё]{2,}(?:-\\p{Lu}[\\p{Lu}Ё]+)?)";
    private static final String INITIALS = "\\p{Lu}\\.\\s?\\p{Lu}\\.";

    /** "С.П. Шатунов", "Л.И.Саубанова", "Рыбинкина Ю.М.", "Свирчевская Анастасия Станиславовна". */
    static final String PERSON = "(?:" + INITIALS + "\\s?" + SURNAME + "|" + SURNAME + "\\s+" + INITIALS
            + "|" + SURNAME + "\\s+\\p{Lu}[\\p{Ll}ё]+\\s+\\p{Lu}[\\p{Ll}ё]+(?:вич|вна|ична|инична|оглы|кызы))";

    /**
     * "8 (3952) 20-06-22", "(495) 587-01-10, доб. 3638", "(843) 237 75 11", "52-01-66" (a city number
     * without its code), "8 (495) 984-89-19 (доб. 12-71)", "8-913-555-12-34".
     */
    static final String PHONE = "(?:(?:\\+7|8)[\\s-]?)?(?:\\(\\d{3,5}\\)[\\s-]?|\\d{3,5}[\\s-])?\\d{1,4}(?:[\\s-]?\\d{2,4}){1,3}"
            + "(?:\\s*,?\\s*\\(?(?:доб|доп)\\.?\\s*[\\d-]{1,6}\\)?)?";

    /** A letter's registration number as printed: "10-1", "02-55-97/25", "1871/23-Д", "ТВ-2250/03". */
    static final String LETTER_NUMBER = "[\\p{L}\\d](?:[\\p{L}\\d\\-–/._]*[\\p{L}\\d])?";

    /** A letter's own number, which may begin with letters set apart: "НР 15-2/10/2-6793". */
    static final String OWN_NUMBER = "(?:\\p{Lu}{1,4}\\s)?" + LETTER_NUMBER;

    /** The first word of a signatory's position. */
    static final String POSITION_START = "(?:Первый\\s+|Временно\\s+|Исполняющ\\S*\\s+)?(?:[Зз]аместител|Министр|Директор"
            + "|Начальник|Руководител|Глав|Председател|Заведующ|Ректор|Врио|ВРИО|И\\.\\s?о\\.|Мэр|Губернатор"
            + "|Статс-секретар|Управляющ|Президент|Генеральн|Советник|Консультант|Главный|Ведущий|Уполномоченн"
            + "|Проректор|Декан|Специалист|Секретар|Помощник|Инспектор|Координатор)";

    /** The first word of an addressee block, in the dative: "Руководителям", "Директору". */
    static final String ADDRESSEE_START = "(?:\\p{Lu}\\p{Ll}+(?:ям|ам)|Высшим|Всем|Руководител(?:ям|ю)|Начальник(?:ам|у)|Директор(?:ам|у)|Глав(?:ам|е)"
            + "|Заведующ(?:им|ему)|Министр(?:ам|у)|Председател(?:ям|ю)|Ректор(?:ам|у)|Заместител(?:ям|ю)"
            + "|Губернатор(?:ам|у)|Мэр(?:ам|у)|Управляющ(?:им|ему)|Уполномоченн(?:ым|ому)|Ответственн(?:ым|ому)"
            + "|Специалист(?:ам|у)|Родител(?:ям|ю)|Председател(?:ям|ю)|Командир(?:ам|у)|Врио|Исполняющ(?:им|ему)"
            + "|Первому\\s+заместителю|Главн(?:ым|ому)|Координатор(?:ам|у)|Органам|Образовательным|Организациям"
            + "|Учреждениям|Муниципальным|Государственным|В\\s+(?:органы|образовательные|организации)|По\\s+списку)";

    private Names() {
    }

    /** A name with spaces tidied and one space after the initials ("И.Б.Грабцевич" → "И.Б. Грабцевич"). */
    static String tidy(String name) {
        String spaced = LetterText.spaced(name);
        return spaced.replaceAll("^(\\p{Lu}\\.)\\s?(\\p{Lu}\\.)\\s?(?=\\p{Lu}\\p{Ll})", "$1$2 ")
                .replaceAll("(\\p{Lu}\\p{Ll}+)\\s(\\p{Lu}\\.)\\s(\\p{Lu}\\.)$", "$1 $2$3");
    }
}
