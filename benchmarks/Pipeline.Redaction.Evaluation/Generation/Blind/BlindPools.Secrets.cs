namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindPools
{
    // Shapes: # digit, ! hex, * A–Za–z0–9, ^ base64url, @ base64, $ A–Z0–9, & A–Z, ~ a–z0–9; \ escapes a class character.
    // Random bodies in each provider's published layout: never a real key.

    /// <summary>Environment variables that hold a secret, each with the shape of its value.</summary>
    public static IReadOnlyList<EnvSecret> EnvSecrets { get; } =
    [
        new("ANTHROPIC_API_KEY", "sk-ant-api03-^{93}AA"),
        new("HF_TOKEN", "hf_*{34}"),
        new("HUGGINGFACEHUB_API_TOKEN", "hf_*{34}"),
        new("GITLAB_TOKEN", "glpat-^{20}"),
        new("GH_TOKEN", "github_pat_11*{20}_*{59}"),
        new("DIGITALOCEAN_ACCESS_TOKEN", "dop_v1_!{64}"),
        new("SENTRY_AUTH_TOKEN", "sntryu_!{64}"),
        new("LINEAR_API_KEY", "lin_api_*{40}"),
        new("SHOPIFY_ADMIN_TOKEN", "shpat_!{32}"),
        new("TWINE_PASSWORD", "pypi-AgEIcHlwaS5vcmc^{60,90}"),
        new("DOPPLER_TOKEN", "dp.st.prd.*{40}"),
        new("VAULT_TOKEN", "hvs.*{24}"),
        new("TWILIO_AUTH_TOKEN", "!{32}"),
        new("MAILGUN_API_KEY", "key-!{32}"),
        new("MAILCHIMP_API_KEY", "!{32}-us#{1,2}"),
        new("AZURE_STORAGE_KEY", "@{86}=="),
        new("AWS_SECRET_ACCESS_KEY", "@{40}"),
        new("CLOUDFLARE_API_TOKEN", "^{40}"),
        new("DISCORD_BOT_TOKEN", "M^{23}.^{6}.^{38}"),
        new("SQUARE_ACCESS_TOKEN", "EAAA^{60}"),
        new("DATABRICKS_TOKEN", "dapi!{32}"),
        new("POSTMAN_API_KEY", "PMAK-!{24}-!{34}"),
        new("GRAFANA_TOKEN", "glsa_*{32}_!{8}"),
        new("NEW_RELIC_API_KEY", "NRAK-${27}"),
        new("FIGMA_TOKEN", "figd_^{40}"),
        new("NOTION_TOKEN", "ntn_#{11}*{35}"),
        new("AIRTABLE_TOKEN", "pat*{14}.!{64}"),
        new("STRIPE_WEBHOOK_SECRET", "whsec_*{32}"),
        new("STRIPE_RESTRICTED_KEY", "rk_live_*{24,40}"),
        new("SONAR_TOKEN", "sqp_!{40}"),
        new("CODECOV_TOKEN", "!{8}-!{4}-4!{3}-a!{3}-!{12}"),
        new("SECRET_KEY_BASE", "!{128}"),
        new("NEXTAUTH_SECRET", "@{43}="),
        new("DJANGO_SECRET_KEY", "*{50}"),
        new("ENCRYPTION_KEY", "!{64}"),
        new("POSTGRES_PASSWORD", "*{10,14}"),
        new("MYSQL_ROOT_PASSWORD", "*{8,12}-*{4}"),
        new("RABBITMQ_DEFAULT_PASS", "*{16}"),
        new("SMTP_PASSWORD", "*{12,20}"),
        new("AGE_SECRET_KEY", "AGE-SECRET-KEY-1${58}"),
    ];

    /// <summary>Provider keys as they are pasted on their own (chat previews, file names, editor tabs).</summary>
    public static IReadOnlyList<string> ProviderKeys { get; } =
    [
        "sk-ant-api03-^{93}AA", "github_pat_11*{20}_*{59}", "gho_*{36}", "ghs_*{36}", "glpat-^{20}", "hf_*{34}",
        "xoxb-#{11}-#{12}-*{24}", "xoxp-#{11}-#{11}-#{12}-!{32}", "xapp-1-A$*{9}-#{13}-!{64}", "AIza^{35}",
        "dop_v1_!{64}", "shpat_!{32}", "sntryu_!{64}", "lin_api_*{40}", "rk_live_*{32}", "whsec_*{32}", "sk_test_*{40}",
        "ASIA${16}", "AKIA${16}", "dapi!{32}", "PMAK-!{24}-!{34}", "glsa_*{32}_!{8}", "figd_^{40}", "SG.^{22}.^{43}",
        "sq0atp-^{22}", "AGE-SECRET-KEY-1${58}",
    ];

    /// <summary>Passwords as people choose them when a tool asks (only characters a URL's user-info keeps unescaped).</summary>
    public static IReadOnlyList<string> PasswordShapes { get; } = ["*{8,12}", "*{6}-*{6}", "*{10}_*{3}", "*{12,16}", "*{5}.*{5}~*{2}"];

    /// <summary>Settings whose names sound secret but whose values are not.</summary>
    public static IReadOnlyList<string> HarmlessSettings { get; } =
    [
        "MAX_TOKENS=8192", "TOKEN_TTL_SECONDS=900", "JWT_ALGORITHM=RS256", "JWT_ISSUER=https://auth.internal", "PASSWORD_MIN_LENGTH=14",
        "SECRET_NAME=prod/payments/db", "API_KEY_HEADER=X-Api-Key", "AUTH_MODE=oidc", "AWS_REGION=eu-north-1", "AWS_PROFILE=staging",
        "KEY_ROTATION_DAYS=90", "SESSION_COOKIE_SECURE=true", "OAUTH_SCOPES=openid,profile", "CREDENTIALS_PROVIDER=vault",
        "TOKEN_ENDPOINT=/oauth2/token", "SECRETS_BACKEND=aws-sm", "PRIVATE_KEY_PATH=/etc/keys/signing.pem", "LOG_LEVEL=debug",
    ];
}
