namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindPools
{
    // The ordinary words around planted values and in the negatives; they carry no label.

    public static IReadOnlyList<string> Subjects { get; } =
    [
        "Q3 forecast review", "Re: rollout plan for the new VPN", "Updated floor plan", "Fwd: catering quote", "Contract redlines",
        "Action items from Tuesday", "Invoice overdue reminder", "Parking permits 2026", "Draft agenda", "Your expense report was approved",
        "Offsite logistics", "Re: re: printer on 3rd floor", "Security training due Friday", "Welcome aboard!", "Holiday rota",
    ];

    public static IReadOnlyList<string> Projects { get; } =
        ["atlas", "harbor-api", "nightjar", "ledgerlite", "fjord-ui", "kiln", "orchard-etl", "tessera", "bramble", "sundial"];

    public static IReadOnlyList<string> CodeFiles { get; } =
    [
        "OrderService.cs", "invoice_parser.py", "useSession.ts", "main.go", "Cargo.toml", "values-prod.yaml", "Dockerfile",
        "schema.prisma", "AppDelegate.swift", "build.gradle.kts", "handlers.rs", "routes.ex", "index.vue", "Makefile", "terraform.tfvars",
    ];

    public static IReadOnlyList<string> CodePaths { get; } =
    [
        "src/billing/ledger.ts", "internal/auth/session.go", "app/models/user.rb", "lib/core/retry.dart", "pkg/api/v2/handler.go",
        "services/ingest/consumer.py", "web/src/pages/checkout.tsx", "charts/api/templates/deployment.yaml",
    ];

    public static IReadOnlyList<string> DocumentNames { get; } =
    [
        "Quarterly_Report", "Onboarding_Checklist", "Brand_Guidelines_v4", "Roadmap_2026", "Meeting_Notes", "Risk_Register",
        "Budget_FY26", "Architecture_Overview", "Sprint_Retro", "Price_List_EU", "Safety_Data_Sheet", "Floor_Plan_L3",
    ];

    /// <summary>Words that are also given names, used as words: places, months, verbs, products, seasons.</summary>
    public static IReadOnlyList<string> NameLikeWordTitles { get; } =
    [
        "Jordan travel advisory - GOV.UK", "Petra and Wadi Rum: 5-day Jordan itinerary", "Paris Agreement - Wikipedia", "Paris 2024 results",
        "May 2026 board pack.pdf", "Sales by month (Jan–May)", "Page Setup", "Page 4 of 12", "Bill Pay - Chase", "Pay a bill",
        "Grace period for late payments", "Mark all as read", "Mark as spam?", "Summer Sale – up to 40% off", "Summer schedule 2026",
        "Hunter boots – Official Site", "Chase Sapphire Preferred card benefits", "Chase Mobile app", "Will it snow on Friday? - Forecast",
        "Rose gold MacBook case", "Ruby 3.4 release notes", "Julia 1.11 REPL", "Iris dataset - scikit-learn", "Victoria Falls tours",
        "Florence in 3 days", "Georgia tax deadlines", "Austin City Limits lineup", "Sydney weather", "Phoenix Sky Harbor arrivals",
        "Carmen – Royal Opera House", "Jasmine rice recipes", "Olive Garden menu", "Sage 50 Accounting", "Ivy League rankings",
        "Joy Division – Unknown Pleasures", "Dawn Platinum dish soap", "Jenkins – build #2211 failed", "Alexa skills", "Harvey Nichols sale",
        "Wendy's near me", "Dell XPS 14 review", "Ford Mustang Mach-E", "Tesla Model Y lease", "Amber alert settings", "Hope Street Festival",
        "Madison Square Garden events", "Lincoln Memorial hours", "Jackson Hole ski report", "Denver airport parking", "Martin guitars D-28",
        "Frank feedback template", "Bob haircut ideas 2026", "Mercedes-Benz EQE", "Ferrari 296 GTB", "Patagonia Nano Puff jacket",
    ];

    /// <summary>Streets in the names of songs, shows, games and institutions: not anyone's address.</summary>
    public static IReadOnlyList<string> StreetNamedThings { get; } =
    [
        "Penny Lane (Remastered 2017)", "Electric Avenue - Eddy Grant", "Coronation Street - ITVX", "Street Fighter 6 patch notes",
        "42nd Street (musical)", "Highway 61 Revisited", "Downing Street statement on energy bills", "Fleet Street history",
        "Wall Street opens higher", "Sunset Boulevard – Broadway tickets", "Mulholland Drive (2001) - IMDb", "Route 66 road trip planner",
        "Rodeo Drive shopping guide", "Baker Street - Gerry Rafferty", "Nightmare on Elm Street", "21 Jump Street - Netflix",
        "Best ramen near Queen Street", "Parking on Bahnhofstrasse", "Champs-Élysées Christmas lights", "Abbey Road crossing webcam",
    ];

    /// <summary>Hashtags on public social sites: topics, not a workspace's channels.</summary>
    public static IReadOnlyList<string> Hashtags { get; } =
        ["#EURO2028", "#ClimateWeek", "#BlackFriday", "#100DaysOfCode", "#OpenToWork", "#Eurovision", "#TourDeFrance", "#AI", "#KubeCon"];

    /// <summary>Vendors and products named in their own role: not a private party.</summary>
    public static IReadOnlyList<string> VendorTitles { get; } =
    [
        "Microsoft Excel", "Adobe Acrobat Reader", "Salesforce Help", "Stripe Status", "Atlassian Support", "Oracle Cloud Console",
        "SAP Fiori Launchpad", "Siemens Healthineers – Careers", "NVIDIA Corporation (NVDA) Stock Price", "Alphabet Inc. Class A (GOOGL)",
        "Nestlé S.A. annual report 2025", "Toyota Motor Corporation – Wikipedia", "Deutsche Bahn AG – Fahrplan", "HSBC UK online banking",
    ];

    public static IReadOnlyList<string> PublicRepoPaths { get; } =
    [
        "src/components/DatePicker.tsx", "docs/getting-started.md", "and/or", "TCP/IP", "km/h", "application/pdf", "text/html; charset=utf-8",
        "2025/26", "I/O", "CI/CD", "UI/UX", "24/7", "N/A", "w/o", "1/2 cup", "Q1/Q2", "read/write",
    ];

    public static IReadOnlyList<string> Cities { get; } = ["Lisbon", "Osaka", "Nairobi", "Kraków", "Montréal", "Bergen", "Medellín", "Hanoi", "Adelaide", "Tbilisi"];

    /// <summary>Public search terms: topics anyone searches, still the query of a person, so labelled in a search URL.</summary>
    public static IReadOnlyList<string> PersonalSearches { get; } =
    [
        "divorce lawyer near me", "symptoms of shingles in adults", "how to tell my manager i am pregnant", "rent arrears help",
        "payday loan no credit check", "therapist accepting new patients", "chapter 7 bankruptcy form", "hiv test clinic walk in",
        "visa overstay consequences", "jobs hiring immediately remote", "lump under armpit", "debt consolidation", "cheap flights to Lagos",
        "how to cancel gym membership", "kündigung mietvertrag vorlage", "prêt immobilier simulation", "síntomas de ansiedad",
    ];
}
