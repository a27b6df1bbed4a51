namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>
/// The ordinary words around planted values and in negative lines. Shared by both families: these carry no label,
/// so seeing them in dev teaches a redactor nothing about held-out values; they are what it must leave alone.
/// </summary>
internal static class FillerWords
{
    public static IReadOnlyList<string> CodeFiles { get; } =
        ["Program.cs", "index.ts", "main.rs", "App.tsx", "Dockerfile", "README.md", "settings.py", "Cargo.toml", "docker-compose.yml", "schema.sql", "Makefile", "handler.go", "build.gradle.kts", "values.yaml"];

    public static IReadOnlyList<string> CodePaths { get; } =
        ["src/components/Button.tsx", "src/lib/retry.ts", "internal/http/server.go", "app/models/user.rb", "tests/test_api.py", "crates/core/src/lib.rs", "docs/architecture.md", "k8s/base/deployment.yaml"];

    public static IReadOnlyList<string> Projects { get; } =
        ["storefront", "pipeline", "design-system", "mobile-app", "data-platform", "website", "backoffice", "analytics"];

    public static IReadOnlyList<string> Subjects { get; } =
        ["Q3 budget", "Offsite logistics", "Contract renewal", "Lunch on Friday?", "Action items from today", "Updated deck", "Quick question", "Invoice overdue", "Welcome aboard!", "Roadmap review"];

    public static IReadOnlyList<string> CommitMessages { get; } =
        ["Fix retry logic in webhook handler", "Add dark mode toggle", "Bump dependencies", "Refactor session store", "Handle empty cart on checkout", "Speed up CSV export", "Remove legacy auth flow"];

    public static IReadOnlyList<string> RepoDescriptions { get; } =
        ["Payment processing service", "Internal admin dashboard", "Terraform for prod", "iOS client", "Event ingestion", "Shared UI components"];

    public static IReadOnlyList<string> Products { get; } =
        ["USB-C hub", "noise cancelling headphones", "standing desk", "mechanical keyboard", "4K monitor", "espresso machine", "running shoes"];

    public static IReadOnlyList<string> PublicBanks { get; } = ["Chase", "Wells Fargo", "Barclays", "Sparkasse", "BNP Paribas", "HSBC", "ING", "Santander"];

    public static IReadOnlyList<string> SaasProducts { get; } = ["Stripe", "Shopify", "Notion", "Atlassian", "Figma", "GitHub", "Zoom", "Dropbox"];

    public static IReadOnlyList<string> Groups { get; } = ["the design team", "Support", "Sales", "everyone", "the vendor", "Team Platform", "the board"];

    public static IReadOnlyList<string> Cities { get; } = ["Berlin", "Lisbon", "Tokyo", "São Paulo", "Nairobi", "Toronto", "Mumbai", "Kraków", "Seoul", "Mexico City"];

    public static IReadOnlyList<string> Roles { get; } = ["Senior Engineer", "Product Designer", "Data Analyst", "Account Executive", "Staff SRE", "Engineering Manager"];

    public static IReadOnlyList<string> Insurers { get; } = ["Aetna", "Allianz", "AXA", "Cigna", "Bupa", "TK"];

    public static IReadOnlyList<string> RealEstateSites { get; } = ["Zillow", "Rightmove", "Idealista", "Funda", "Domain", "Redfin"];

    public static IReadOnlyList<string> Songs { get; } = ["Discover Weekly", "Release Radar", "Lo-fi beats", "Deep Focus", "Daily Mix 2"];

    public static IReadOnlyList<string> JiraProjects { get; } = ["PAY", "ENG", "OPS", "WEB", "DATA", "SEC", "MOB"];

    public static IReadOnlyList<string> Tickets { get; } =
        ["Fix rounding in invoice totals", "Login redirect loops on Safari", "Upgrade Kafka client", "Add CSV import", "Flaky test in checkout", "Rate limit the search API"];

    public static IReadOnlyList<string> DiscordServers { get; } = ["Rust Community", "Indie Game Devs", "Homelab", "Photography Club", "Python Discord"];

    public static IReadOnlyList<string> Apps { get; } = ["Calculator", "Settings", "System Settings", "Activity Monitor", "Task Manager", "Finder", "File Explorer", "Terminal", "Preview", "Notes"];

    public static IReadOnlyList<string> WikiArticles { get; } = ["Apache_Kafka", "Paris", "Jordan", "May_(month)", "Parquet", "Rose", "Summer", "Bill_(law)"];
}
