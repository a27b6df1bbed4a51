namespace Pipeline.Redaction.Evaluation.Generation.Sixth;

/// <summary>Ordinary words of the sixth family's titles: they carry no label.</summary>
internal static class SixthPoolsWords
{
    internal static readonly Dictionary<string, string[]> Pools = new(StringComparer.Ordinal)
    {
        ["city"] = ["Paris", "Jordan", "Lisbon", "Osaka", "Nairobi", "Kraków", "Porto Alegre", "Melbourne", "Reykjavík", "Chennai", "Seattle", "Montréal"],
        ["topic"] = ["Q4 forecast", "renewal terms", "onboarding plan", "pricing update", "contract redlines", "roadmap review", "SOC 2 evidence", "invoice dispute", "headcount plan", "quarterly close"],
        ["doc"] = ["Budget", "Roadmap", "Runbook", "Postmortem", "Offer letter", "Performance review", "Timesheet", "Expense report", "Meeting notes", "Interview feedback"],
        ["svc"] = ["payments-api", "checkout-web", "auth-service", "ledger-worker", "search-indexer", "notifications", "billing-cron", "gateway"],
        ["ns"] = ["prod", "staging", "default", "kube-system", "monitoring", "payments", "ingress-nginx"],
        ["host"] = ["db-primary-01", "bastion", "web-3", "k8s-node-07", "build-agent-12", "redis-cache-2", "etl-runner"],
        ["tool"] = ["kubectl", "terraform", "helm", "psql", "docker", "ansible", "gcloud", "aws"],
        ["app"] = ["Slack", "Microsoft Teams", "Discord", "Telegram", "WhatsApp", "Signal", "Zoom", "Google Meet", "Outlook", "Gmail"],
        ["vendor"] = ["Microsoft Word", "Google Sheets", "Salesforce", "Zendesk", "HubSpot", "Jira", "Confluence", "Notion", "Workday", "Epic Hyperspace", "Clio", "QuickBooks", "Xero", "Stripe Dashboard", "Datadog", "PagerDuty"],
        ["bank"] = ["Chase", "Barclays", "Wells Fargo", "Deutsche Bank", "ING", "Santander", "HSBC", "Revolut", "N26", "Monzo"],
        ["nameword"] = ["Jordan", "Paris", "May", "Page", "Bill", "Grace", "Will", "Mark", "Rose", "Chase", "Dawn", "Faith", "Sky", "Hope", "Summer", "Autumn"],
        ["emoji"] = ["🚀", "✅", "🔥", "⚠️", "📞", "🎉", "👀", "🙏"],
        ["team"] = ["the design team", "support", "the SRE team", "Finance", "the sales team", "HR", "Legal", "IT Helpdesk", "everyone", "the on-call"],
        ["month"] = ["January", "March", "May", "June", "August", "November", "December"],
        ["lib"] = ["react", "lodash", "express", "typescript", "next", "axios", "vite", "zod"],
        ["country"] = ["Jordan", "Chad", "Georgia", "Niger", "Peru", "Malta", "Togo"],
    };

    /// <summary>Settings whose names sound secret and whose values are not (negatives).</summary>
    internal static readonly string[] SafeSettings =
    [
        "MAX_TOKENS=4096", "TOKEN_TTL_SECONDS=3600", "JWT_ALGORITHM=RS256", "NODE_ENV=production", "LOG_LEVEL=debug",
        "SECRET_ROTATION_DAYS=90", "API_KEY_HEADER=X-Api-Key", "PASSWORD_MIN_LENGTH=12", "AWS_REGION=eu-west-1",
        "GITHUB_REF=refs/heads/main", "AUTH_PROVIDER=okta", "SESSION_TIMEOUT=30m", "KEY_VAULT_NAME=kv-shared-prod",
        "TOKEN_URL=https://oauth2.googleapis.com/token", "OPENAI_MODEL=gpt-4o-mini", "PASSWORD_HASH=argon2id", "RETRIES=3",
        "SECRETS_BACKEND=vault", "STRIPE_API_VERSION=2024-06-20", "CI=true",
    ];
}
