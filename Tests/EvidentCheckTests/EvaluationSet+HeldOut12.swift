extension EvaluationSet {
    // MARK: Twelfth held-out slice — hand-written last, after every change of this session, in
    // the style of FDA and FTC warning-letter quotes and real compliant labels; measured once,
    // never used to change a rule or the lexicon.

    static let h12Claims: [String] = [
        "Our mushroom coffee is the natural way to keep COVID and other respiratory viruses at "
            + "bay.",
        "Take BronchoEase at the first wheeze.",
        "SinuFree nasal spray with xylitol and grapefruit seed extract.",
        "Best thing I ever did for my husband's COPD — he's off the oxygen now.",
        "Nature's Valium in a tea bag.",
        "Just as good as Lexapro, without the weight gain.",
        "Helps you wean off Gabapentin without nerve pain coming back.",
        "Our kids' gummies help with tantrums, aggression and ODD.",
        "This balm brought back the feeling in my toes after years of diabetic nerve pain.",
        "Drink it daily and you'll never have another kidney stone.",
        "Sheds the plaque from arteries so blood can flow freely again.",
        "Lowers the risk of a second heart attack.",
        "Calms an irregular heartbeat within minutes.",
        "Eases the swelling in your legs from poor circulation and heart failure.",
        "Relieves the crushing fatigue of long-haul COVID.",
        "Give one dropper to dogs with Cushing's.",
        "Stops my cat's vomiting from kidney disease.",
        "Calms itching from mange and skin allergies in pets.",
        "Homeopathic pellets for teething fevers and ear pain.",
        "Helichrysum oil to dissolve bruises and scar tissue.",
        "Frankincense and myrrh for bone spurs.",
        "CBD for autism: finally, calm days at home.",
        "Kratom capsules for pain relief when nothing else works.",
        "Full-body parasite purge — see what comes out!",
        "Cleanses lead, mercury and arsenic from your organs.",
        "See clearly again without glasses or eye surgery.",
        "Quiets the ringing so you can sleep.",
        "Melt away neuropathy pain in your hands and feet.",
        "Help for lupus fatigue and joint flares.",
        "Slows the advance of MS lesions.",
        "Supports children with ADHD to focus without medication.",
        "Turns off the craving for alcohol.",
        "Our fertility blend helped me get pregnant after three miscarriages.",
        "Fewer night sweats and hot flashes during chemo-induced menopause.",
        "Wipes out acne bacteria deep in your pores and heals breakouts.",
        "Grows back hair lost to chemo.",
        "Drop 2 dress sizes in 14 days.",
        "Blocks fat absorption so you can eat pizza and still lose weight.",
        "GoutGuard tart cherry capsules.",
        "Cancer-fighting antioxidants in every sip.",
    ]

    static let h12Compliant: [String] = [
        "Supports respiratory health.",
        "Supports clear breathing during allergy season.",
        "Helps support a calm mood.",
        "Supports healthy blood flow to the legs.",
        "Helps maintain healthy circulation.",
        "Supports healthy kidney function.",
        "Supports a healthy heart rhythm as part of a healthy lifestyle.",
        "For occasional nervousness and restlessness.",
        "Helps your dog stay calm during vet visits.",
        "Supports your cat's kidney health.",
        "Helps support healthy skin and coat in pets.",
        "Supports a healthy nervous system.",
        "Helps reduce occasional hot flashes and night sweats associated with menopause.",
        "Supports healthy hair growth from within.",
        "Helps maintain clear-looking skin.",
        "Supports visual function in low light.",
        "Supports healthy joint function.",
        "Helps control appetite as part of a calorie-controlled diet.",
        "Niacin contributes to the reduction of tiredness and fatigue.",
        "Vitamin B1 contributes to the normal function of the heart.",
        "Potassium contributes to normal muscle function.",
        "Vitamin D contributes to the maintenance of normal teeth.",
        "Iron contributes to normal cognitive function.",
        "Suitable for vegetarians.",
        "Shake well before use.",
    ]

    /// The twelfth held-out slice.
    static func heldOut12() -> [Item] {
        h12Claims.map { Item(text: $0, isDiseaseClaim: true) }
            + h12Compliant.map { Item(text: $0, isDiseaseClaim: false) }
    }
}
