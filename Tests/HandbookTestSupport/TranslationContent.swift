/// The sample handbook offering Polish and Urdu, and translations of the phones policy for
/// families: test fixtures only, never shipped content. `fingerprint` is
/// `EnglishFingerprint.of`, passed in because this target depends on no module of the handbook.
public enum TranslationContent {
    public static let handbook = SampleContent.handbook + """
        languages:
          - id: pl
            name: Polski
          - id: ur
            name: اردو
            direction: rtl

        """

    /// The sample content with `languages:` in handbook.yml.
    public static var files: [String: String] {
        var files = SampleContent.files
        files["handbook.yml"] = handbook
        return files
    }

    public static let phonesEnglish = (
        title: "Mobile Phones Policy",
        handIn: "Your child hands their phone in at the gate.",
        emergencies: "Staff may use a phone in an emergency.",
        keyStage2: "I will hand my phone in at the gate each day."
    )

    public static func polishPhones(fingerprint: (String) -> String) -> String {
        """
        translates: "2.3"
        title:
          text: Zasady korzystania z telefonów komórkowych
          from: \(fingerprint(phonesEnglish.title))
        rules:
          hand-in-at-gate:
            parents:
              text: Twoje dziecko oddaje telefon przy bramie.
              from: \(fingerprint(phonesEnglish.handIn))
            pupils:
              key-stage-2:
                text: Każdego dnia oddam telefon przy bramie.
                from: \(fingerprint(phonesEnglish.keyStage2))
          emergencies:
            parents:
              text: Pracownicy mogą użyć telefonu w nagłym wypadku.
              from: \(fingerprint(phonesEnglish.emergencies))

        """
    }

    public static func urduPhones(fingerprint: (String) -> String) -> String {
        """
        translates: "2.3"
        title:
          text: موبائل فون کی پالیسی
          from: \(fingerprint(phonesEnglish.title))
        rules:
          hand-in-at-gate:
            parents:
              text: آپ کا بچہ اپنا فون گیٹ پر جمع کرواتا ہے۔
              from: \(fingerprint(phonesEnglish.handIn))
            pupils:
              key-stage-2:
                text: میں ہر روز اپنا فون گیٹ پر جمع کرواؤں گا۔
                from: \(fingerprint(phonesEnglish.keyStage2))
          emergencies:
            parents:
              text: عملہ ہنگامی صورت میں فون استعمال کر سکتا ہے۔
              from: \(fingerprint(phonesEnglish.emergencies))

        """
    }
}
