extension EvaluationSet {
    // MARK: Fifth slice — hand-written in the style of real FDA/FTC warning-letter quotes
    // (run-on marketing sentences, testimonials, hashtags, product names, claims by implication
    // and by symptom or lab value) and of real compliant labels, before any change to the
    // detector for it. Its first measurement is recorded in EvaluationTests; its misses then
    // drove lexicon and pattern changes, so the figure printed now is a tuning figure.

    static let h5Claims = [
        // COVID-19 era
        "Our Immune Defense Kit is packed with powerful herbs that may help protect you and your "
            + "family from COVID-19 during this pandemic, so stock up today while supplies last!",
        "Silver Sol kills 99.9% of viruses, including the coronavirus, within minutes of contact.",
        "Boost your immune system against coronavirus with our high-dose vitamin C drip.",
        "#COVID19 #immunity #stayhealthy Our essential oil blend is your first line of defense "
            + "against the virus 🦠",
        "Diffusing our Thieves blend in your home can help kill airborne germs and viruses like "
            + "the coronavirus.",
        "This nasal spray coats the nose and throat and stops SARS-CoV-2 from attaching to your "
            + "cells.",
        "Take 2 capsules daily as a preventative during the current outbreak.",
        "Our CBD products can help with the cough and shortness of breath that come with COVID.",
        "Long-haulers tell us this formula finally cleared their lingering post-COVID brain fog.",
        // CBD
        "CBD has been shown to kill cancer cells and stop tumors from growing.",
        "#CBD #anxiety relief that actually works 🌿 #cbdoil #mentalhealth",
        "Many of our customers use our full spectrum tincture to get off their opioid pain "
            + "medications.",
        "CBD is a neuroprotectant that may slow the progression of Parkinson's and MS.",
        "Our CBD pet treats help dogs with arthritis, seizures and separation anxiety.",
        "CBD gummies for chronic pain, PTSD, and insomnia.",
        "Hemp oil may reduce the frequency of epileptic seizures.",
        // Opioid withdrawal and addiction
        "Kratom capsules ease the symptoms of opiate withdrawal so you can finally kick the habit.",
        "Our detox kit helps you get through withdrawal from heroin and painkillers comfortably "
            + "at home.",
        "Natural support for people recovering from alcohol and drug addiction.",
        // Diabetes
        "A natural alternative to Metformin that helps lower A1C in just 90 days.",
        "GlucoFix has helped thousands of diabetics lower their A1C without drugs.",
        "Prevents blood sugar spikes in diabetics after meals.",
        "After two months my fasting glucose went from 180 to 98 and my doctor took me off "
            + "insulin!",
        "Our cinnamon blend helps repair damaged beta cells so your pancreas can make insulin "
            + "again.",
        "Helps with diabetic nerve pain in the feet and legs.",
        "Reverse Diabetes Naturally Bundle — includes our best-selling bitter melon capsules.",
        // Cancer
        "Laetrile targets and destroys cancer cells without harming healthy tissue.",
        "Essiac tea has been used for decades by people battling cancer.",
        "Our mushroom extract supports remission and helps prevent recurrence.",
        "After my diagnosis I started drinking the tonic daily, and at my last scan the tumor "
            + "had shrunk by half.",
        "Black salve pulls the tumor out through the skin.",
        "Frankincense oil has been found to induce apoptosis in breast cancer cells.",
        // Alzheimer's and memory
        "Clears amyloid plaques from the brain to restore memory.",
        "Our brain formula was developed to help people with memory loss and early-stage "
            + "Alzheimer's.",
        "Coconut oil can help reverse the symptoms of dementia.",
        "Improves recall in people with mild cognitive impairment.",
        // Kidney
        "Chanca piedra dissolves kidney stones and gallstones naturally.",
        "Helps restore kidney function in people with stage 3 CKD and lowers creatinine levels.",
        "Our kidney cleanse flushes out stones so you can pass them without pain.",
        // Liver
        "Milk thistle helps regenerate liver cells damaged by alcohol and hepatitis.",
        "Reverses fatty liver in as little as 8 weeks.",
        "Lowers elevated liver enzymes.",
        // Eye
        "Our eye drops dissolve cataracts without surgery.",
        "Lutein formula halts the progression of macular degeneration.",
        "Helps lower eye pressure in people with glaucoma.",
        "Restores vision lost to diabetic retinopathy.",
        // Erectile dysfunction
        "Rock hard results: the herbal alternative to Viagra with no prescription needed.",
        "Cures erectile dysfunction in 85% of men.",
        "Stronger, longer erections — even if ED pills have failed you.",
        // Hair loss
        "Reverses hair loss due to alopecia and male pattern baldness.",
        "Regrows hair on bald spots caused by alopecia areata.",
        // Autism and ADHD
        "Our chlorine dioxide protocol has helped hundreds of children recover from autism.",
        "Camel milk improves speech and behavior in autistic children.",
        "Reduces the symptoms of ADHD and autism spectrum disorder.",
        // Weight loss
        "Melts away stubborn fat and treats obesity without diet or exercise.",
        "Blocks fat absorption and reduces your risk of metabolic syndrome.",
        "An alternative to Ozempic without the needles.",
        "Lose weight like you're on a GLP-1, without the prescription.",
        // Heart and circulation
        "Unclogs arteries and lowers your risk of a heart attack.",
        "Our nattokinase dissolves dangerous blood clots and prevents stroke.",
        "Lowers high blood pressure naturally — many customers have been able to reduce their "
            + "meds.",
        "Helps regulate an irregular heartbeat.",
        "Lowers bad cholesterol as effectively as statins.",
        // Immune and infection
        "Oregano oil is a natural antibiotic that wipes out strep, staph and E. coli.",
        "Elderberry syrup shortens flu symptoms and keeps your kids from getting sick all winter.",
        "Our echinacea tincture fights off infections before they take hold.",
        "Antiviral, antibacterial and antifungal — the only spray you need this cold and flu "
            + "season.",
        "Colloidal silver to treat pink eye and ear infections in children.",
        // Essential oils
        "Rub peppermint oil on your temples to get rid of migraines.",
        "Lavender oil can calm anxiety and depression naturally.",
        "Tea tree oil treats MRSA skin infections.",
        "Diffuse eucalyptus to open your airways during an asthma attack.",
        "Oregano essential oil is effective against Lyme disease.",
        "Helichrysum helps heal shingles blisters.",
        // Homeopathics
        "Homeopathic teething tablets relieve fever and irritability in babies.",
        "Homeopathic remedy for allergies and hay fever, safe for the whole family.",
        "Arnica 30C reduces bruising and swelling after surgery.",
        "Our nosode is a natural alternative to the flu vaccine.",
        "Homeopathic drops for ear infections and earache.",
        // Symptoms and implied diseases
        "Anti-inflammatory turmeric to soothe inflammation of the joints.",
        "Stops heartburn and acid reflux at the source.",
        "Helps with chronic fatigue and fibromyalgia flares.",
        "Soothes painful, swollen joints so you can move again.",
        "Relief for irritable bowel — no more bloating, cramping, or urgency.",
        "Helps calm an overactive bladder and leaking.",
        "Relieves sciatica and nerve pain.",
        "Gets rid of nail fungus without prescription drugs.",
        "Takes the sting out of cold sores overnight.",
        "Calms eczema flare-ups and itchy, cracked skin.",
        "Clears psoriasis plaques.",
        "Lowers uric acid to keep gout attacks away.",
        "Reduces swelling in the legs caused by poor circulation and edema.",
        "Neuropathy Relief Formula — tingling feet? Numb toes? Try it risk-free for 30 days.",
        "Balances hormones and shrinks ovarian cysts.",
        "Helps with PCOS symptoms like irregular periods and unwanted hair.",
        "Supports healthy blood pressure in people with hypertension.",
        // Testimonials
        "After two weeks my neuropathy was gone!",
        "I was diagnosed with stage 4 lung cancer and given 6 months — that was 3 years ago and "
            + "I credit this tea.",
        "My A1C dropped from 8.2 to 6.1 in three months.",
        "I haven't had a single migraine since I started taking these gummies.",
        "My son's seizures went from 20 a day to almost none.",
        "My doctor couldn't believe it — my cholesterol is normal for the first time in 10 years.",
        "I used to wake up with swollen, stiff knuckles every morning; now my RA is under control.",
        "Within a month my blood pressure was 120/80 and I stopped my lisinopril.",
        "My mom's Alzheimer's improved so much she recognized us again.",
        "This cream made my rosacea disappear.",
        "I had kidney stones every year until I found this tea.",
        // Social media and hashtags
        "Feeling blessed 🙏 this oil got me through chemo #cancersurvivor #essentialoils",
        "#diabetes #bloodsugar #naturalhealing our tea is a game changer",
        "Flu season is here 🤧 protect your family with our immunity shots! #flu #fluseason",
        "Say bye to #arthritis pain with our CBD balm 💪",
        "#depression #anxiety #healing — these drops changed everything",
        // Product names
        "Try ArthriFlex Joint Pain Relief today!",
        "Order Diabetes Defense today and take control of your health.",
        "Cancer Shield Mushroom Complex, 90 capsules",
        "Anti-Viral Immune Booster Spray",
        "Arthritis Relief Gummies with turmeric and ginger",
        "Kidney Stone Crusher — 2 fl oz",
        "Dementia Defense Brain Tea",
        // Terse claims by implication
        "Lowers A1C.",
        "Supports remission.",
        "Antiviral.",
        "Anti-inflammatory.",
        "Heals leaky gut and reverses autoimmune conditions.",
        "Helps the body expel parasites, the hidden cause of many chronic illnesses.",
        "Restores thyroid function naturally for people with Hashimoto's.",
        "Improves lung capacity in smokers with emphysema.",
        "Helps your body eliminate the heavy metals linked to autism.",
    ]

    static let h5Compliant = [
        // US structure/function, including 101.93(g)(2) "occasional" and natural-state wordings
        "Supports healthy joint function.",
        "Helps maintain cholesterol levels already within the normal range.",
        "Supports a healthy immune system.",
        "Promotes restful sleep.",
        "For occasional sleeplessness.",
        "Supports healthy blood sugar levels already within the normal range.",
        "Relieves occasional constipation.",
        "Helps relieve occasional gas and bloating.",
        "Helps reduce occasional simple nervous tension.",
        "Supports cardiovascular health.",
        "Promotes healthy circulation.",
        "Supports normal, healthy digestion.",
        "Supports a healthy inflammatory response after exercise.",
        "Supports eye health and helps filter blue light.",
        "Helps maintain healthy liver function.",
        "Supports healthy kidney function and urinary tract health.",
        "Supports healthy hair growth and strong nails.",
        "Supports memory and focus in healthy adults.",
        "Promotes a positive mood.",
        "Helps you feel calm and relaxed.",
        "Supports healthy energy levels.",
        "Helps maintain a healthy weight when combined with diet and exercise.",
        "Supports the body's natural detoxification processes.",
        "Supports prostate health in men over 50.",
        "Supports healthy testosterone levels already within the normal range.",
        "Promotes healthy skin from within.",
        "Helps reduce minor muscle soreness after a workout.",
        "Supports lung and respiratory health.",
        "Helps maintain bone density as you age.",
        "Supports a healthy gut microbiome.",
        "Calcium helps build strong bones.",
        "Fiber supports regularity.",
        "Supports healthy sleep cycles.",
        "Helps you fall asleep faster on occasional restless nights.",
        "Supports healthy cognitive function as you age.",
        "Supports healthy blood flow.",
        "Helps maintain healthy triglyceride levels already within the normal range.",
        "Supports the immune system during seasonal changes.",
        "Helps relieve mild hot flashes associated with menopause.",
        // EU authorised wordings (Reg 432/2012, and Art 14 risk-reduction formulas)
        "Vitamin D contributes to the normal function of the immune system.",
        "Vitamin C contributes to the reduction of tiredness and fatigue.",
        "Vitamin B12 contributes to normal psychological function.",
        "Calcium is needed for the maintenance of normal bones.",
        "Zinc contributes to normal cognitive function.",
        "Iron contributes to normal formation of red blood cells and haemoglobin.",
        "Magnesium contributes to normal muscle function.",
        "Folate contributes to maternal tissue growth during pregnancy.",
        "Vitamin C contributes to the protection of cells from oxidative stress.",
        "Zinc contributes to the maintenance of normal hair.",
        "Vitamin A contributes to the maintenance of normal vision.",
        "Vitamin D contributes to normal absorption and utilisation of calcium and phosphorus.",
        "Vitamin B6 contributes to the regulation of hormonal activity.",
        "Iodine contributes to the normal production of thyroid hormones and normal thyroid "
            + "function.",
        "Biotin contributes to the maintenance of normal skin and mucous membranes.",
        "Vitamin C increases iron absorption.",
        "Iron contributes to the normal function of the immune system.",
        "Thiamine contributes to the normal function of the heart.",
        "EPA and DHA contribute to the normal function of the heart.",
        "Copper contributes to normal iron transport in the body.",
        "Pantothenic acid contributes to normal mental performance.",
        "Magnesium contributes to electrolyte balance.",
        "Vitamin E contributes to the protection of cells from oxidative stress.",
        "Beta-glucans from oats contribute to the maintenance of normal blood cholesterol levels.",
        "Plant sterols have been shown to lower blood cholesterol. High cholesterol is a risk "
            + "factor in the development of coronary heart disease.",
        "Calcium contributes to the normal function of digestive enzymes.",
        "Folate contributes to normal blood formation.",
        "Vitamin B12 contributes to the normal function of the immune system.",
        "Chromium contributes to the maintenance of normal blood glucose levels.",
        "Glucomannan contributes to the maintenance of normal blood cholesterol levels.",
        "Vitamin D contributes to the maintenance of normal muscle function.",
        "Zinc contributes to normal fertility and reproduction.",
        "Iron contributes to the reduction of tiredness and fatigue.",
        "Water-soluble tomato concentrate helps maintain normal platelet aggregation, which "
            + "contributes to healthy blood flow.",
        "Activated charcoal contributes to reducing excessive flatulence after eating.",
        "Melatonin contributes to the reduction of time taken to fall asleep.",
        "Melatonin contributes to the alleviation of subjective feelings of jet lag.",
        "Calcium and vitamin D help to reduce the loss of bone mineral in post-menopausal women. "
            + "Low bone mineral density is a risk factor for osteoporotic bone fractures.",
        // Neutral product copy
        "Take two capsules daily with water, preferably with a meal.",
        "Ingredients: vitamin D3 (as cholecalciferol), olive oil, gelatin capsule.",
        "Free shipping on orders over $50; ships within 2 business days.",
        "Store in a cool, dry place away from direct sunlight.",
        "Each bottle contains 60 vegetarian softgels, a 30-day supply.",
        "Third-party tested for purity and potency.",
        "Non-GMO, gluten free, and made in a GMP-certified facility.",
        "Subscribe and save 15% on every order.",
        "If you are pregnant, nursing, taking medication, or have a medical condition, consult "
            + "your doctor before use.",
        "Keep out of reach of children.",
        "30-day money back guarantee if you are not satisfied.",
        "Our founder started the company after her own health journey.",
        "Contains tree nuts (coconut).",
        "Do not use if the safety seal is broken.",
        "Sweetened with monk fruit; no artificial colors or flavors.",
        "#wellness #selfcare Start your morning with our green superfood blend 🌱",
        "I love the taste and my nails have never looked better!",
        "I sleep so much better on busy weeks.",
    ]

    /// The fifth slice.
    static func heldOut5() -> [Item] {
        h5Claims.map { Item(text: $0, isDiseaseClaim: true) }
            + h5Compliant.map { Item(text: $0, isDiseaseClaim: false) }
    }
}
