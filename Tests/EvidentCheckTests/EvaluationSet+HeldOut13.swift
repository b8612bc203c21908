extension EvaluationSet {
    // MARK: Thirteenth held-out slice — hand-written last, after every change of this session,
    // in the style of FDA and FTC warning-letter quotes and real compliant labels; measured
    // once, never used to change a rule or the lexicon.

    static let h13Claims: [String] = [
        "Hydroxy-free, prescription-free protection your whole family can take this winter "
            + "against the virus.",
        "Our tincture has stopped my wife's panic attacks cold.",
        "Skip the statin: our red yeast rice formula does the same job.",
        "Zoloft made me numb; this saffron blend gave me my life back.",
        "The Cialis alternative your partner will thank you for.",
        "Herbal Ozempic drops curb your appetite and crush cravings.",
        "PsoriaSoothe cream for scaly, cracked patches.",
        "LupiCalm capsules for autoimmune flares.",
        "MigraStop roll-on at the first sign of aura.",
        "Crushes candida overgrowth and ends recurring thrush.",
        "A proven protocol to get rid of pinworms in kids.",
        "Remove radiation from your body after CT scans and X-rays.",
        "Repairs the myelin sheath damaged by MS.",
        "Slows the progression of ALS and gives patients more time.",
        "Reduces outbursts and repetitive behaviours in autistic kids.",
        "Our calm drops help children with ADHD sit still in class without meds.",
        "Natural support for combat veterans with PTSD and night terrors.",
        "End the cycle of pill addiction with our recovery tea.",
        "Helped me kick a 20-year smoking habit in 10 days.",
        "Heals the damage years of drinking did to your liver.",
        "Men with low sperm counts became fathers after 90 days on our formula.",
        "Reduces the frequency and severity of hot flashes in breast cancer survivors.",
        "Stops ringing in the ears caused by loud noise exposure.",
        "Restores hearing lost to aging.",
        "Improves vision in people with diabetic retinopathy.",
        "Pain relief for sore, burning feet from neuropathy.",
        "Fibromyalgia sufferers finally sleep through the night.",
        "Dog joint chews that reverse hip dysplasia.",
        "Helps cats with feline herpes and eye infections.",
        "Use our colloidal silver on your horse's wounds to prevent infection.",
        "Homeopathic remedy to prevent and treat the flu.",
        "Oregano and clove oil kill the bacteria that cause strep and staph.",
        "Frankincense oil for brain tumors.",
        "CBD oil for Crohn's flares and bloody stools.",
        "Kratom for chronic pain patients the doctors gave up on.",
        "Pulls toxins, heavy metals and parasites from the body in one simple cleanse.",
        "Lower your sugar in 7 days or your money back.",
        "Lose up to 30 pounds in 30 days without giving up your favorite foods.",
        "ArthroCure joint capsules.",
        "#lymewarrior #healnaturally #nomoreantibiotics",
    ]

    static let h13Compliant: [String] = [
        "Supports a healthy response to everyday stress.",
        "Helps maintain healthy cholesterol levels as part of a heart-healthy diet.",
        "Supports normal sperm quality in healthy men.",
        "Supports ear health.",
        "Supports healthy nerve function in the feet and hands.",
        "Supports restful sleep for active adults.",
        "Supports healthy hips and joints in large-breed dogs.",
        "Helps support eye health in cats.",
        "Supports natural detoxification by the liver.",
        "Promotes healthy intestinal flora.",
        "Supports normal attention span and calm focus in kids.",
        "Helps maintain normal mood.",
        "Supports healthy lung function.",
        "Supports a healthy appetite and satiety.",
        "Provides antioxidant support.",
        "Vitamin C contributes to the protection of cells from oxidative stress.",
        "Calcium is needed for the maintenance of normal bones.",
        "Vitamin K contributes to normal blood clotting.",
        "Vitamin K contributes to the maintenance of normal bones.",
        "Manganese contributes to normal energy-yielding metabolism.",
        "Thiamine contributes to normal psychological function.",
        "Sourced from sustainably harvested wild Alaskan salmon.",
        "Do not exceed the stated recommended daily dose.",
        "Food supplements should not be used as a substitute for a varied diet.",
        "Store below 25 °C.",
    ]

    /// The thirteenth held-out slice.
    static func heldOut13() -> [Item] {
        h13Claims.map { Item(text: $0, isDiseaseClaim: true) }
            + h13Compliant.map { Item(text: $0, isDiseaseClaim: false) }
    }
}
