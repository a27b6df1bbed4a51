using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Seventh;

/// <summary>The seventh family's secrets: provider keys in their published shapes with random bodies, JWTs of real
/// JSON, passwords, capability tokens; and the hex and settings that only sound secret.</summary>
internal static partial class SeventhForge
{
    private static readonly Dictionary<string, string> s_keyShapes = new(StringComparer.Ordinal)
    {
        ["openai"] = "sk-proj-************************************************",
        ["anthropic"] = "sk-ant-api03-^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^AA",
        ["github"] = "ghp_************************************",
        ["github-pat"] = "github_pat_**********************_***********************************************************",
        ["gitlab"] = "glpat-^^^^^^^^^^^^^^^^^^^^",
        ["slack"] = "xoxb-###########-#############-************************",
        ["slack-user"] = "xoxp-###########-###########-#############-!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
        ["aws"] = "AKIA$$$$$$$$$$$$$$$$",
        ["aws-secret"] = "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@",
        ["stripe"] = "sk_live_************************",
        ["stripe-restricted"] = "rk_live_************************",
        ["npm"] = "npm_************************************",
        ["sendgrid"] = "SG.^^^^^^^^^^^^^^^^^^^^^^.^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        ["google"] = "AIza^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        ["twilio"] = "SK!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
        ["mailgun"] = "key-!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
        ["shopify"] = "shpat_!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
        ["digitalocean"] = "dop_v1_!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
        ["huggingface"] = "hf_**********************************",
        ["pypi"] = "pypi-AgEIcHlwaS5vcmc^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        ["telegram"] = "#########:AA^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        ["hex32"] = "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
        ["azure"] = "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@==",
    };

    private static readonly string[] s_providers =
        ["openai", "anthropic", "github", "github-pat", "gitlab", "slack", "slack-user", "aws", "stripe", "stripe-restricted", "npm", "sendgrid", "google", "twilio", "mailgun", "shopify", "digitalocean", "huggingface", "pypi"];

    /// <summary>A provider key (argument the provider; none picks one of the prefixed layouts), a JWT (<c>jwt</c>) or a
    /// password (<c>password</c>).</summary>
    private static string Key(GenerationContext c, string? arg)
    {
        string kind = arg ?? c.Pick(s_providers);
        return kind switch
        {
            "jwt" => Jwt(c),
            "password" => Password(c),
            "uuid" => Uuid(c),
            _ => c.Shape(s_keyShapes[kind]),
        };
    }

    private static readonly EnvSecret[] s_envSecrets =
    [
        new("OPENAI_API_KEY", "openai"), new("ANTHROPIC_API_KEY", "anthropic"), new("GITHUB_TOKEN", "github"), new("GH_TOKEN", "github-pat"),
        new("GITLAB_TOKEN", "gitlab"), new("SLACK_BOT_TOKEN", "slack"), new("AWS_ACCESS_KEY_ID", "aws"), new("AWS_SECRET_ACCESS_KEY", "aws-secret"),
        new("STRIPE_SECRET_KEY", "stripe"), new("NPM_TOKEN", "npm"), new("SENDGRID_API_KEY", "sendgrid"), new("GOOGLE_MAPS_KEY", "google"),
        new("TWILIO_API_KEY", "twilio"), new("MAILGUN_KEY", "mailgun"), new("SHOPIFY_ACCESS_TOKEN", "shopify"), new("DO_TOKEN", "digitalocean"),
        new("HF_TOKEN", "huggingface"), new("DB_PASSWORD", "password"), new("POSTGRES_PASSWORD", "password"), new("SMTP_PASS", "password"),
        new("SESSION_SECRET", "hex32"), new("JWT_SECRET", "hex32"), new("API_SECRET", "hex32"), new("AUTH_TOKEN", "jwt"),
        new("AZURE_STORAGE_KEY", "azure"), new("TELEGRAM_BOT_TOKEN", "telegram"), new("PYPI_TOKEN", "pypi"), new("REDIS_PASSWORD", "password"),
    ];

    private static string EnvName(GenerationContext c, string? arg)
    {
        EnvSecret secret = c.Pick(s_envSecrets);
        c.SecretShape = secret.ValueShape;
        return secret.Name;
    }

    private static string EnvValue(GenerationContext c, string? arg) => Key(c, c.SecretShape ?? "hex32");

    private static readonly string[] s_passwordWords =
        ["Tromb0ne", "Marigold", "Kestrel", "Lighthouse", "Harbour", "Quokka", "Velvet", "Cobalt", "Sunflower", "Granite", "Paprika", "Nebula"];

    private static string Password(GenerationContext c) =>
        c.Pick(s_passwordWords) + c.Pick(new[] { "!", "#", "$", "%", "*", "_" }) + c.Shape("####") + c.Shape("&&");

    private static string Uuid(GenerationContext c) => c.Shape("!!!!!!!!-!!!!-4!!!-") + c.Pick(new[] { "8", "9", "a", "b" }) + c.Shape("!!!-!!!!!!!!!!!!");

    private static string UuidGen(GenerationContext c, string? arg) => Uuid(c);

    private static string B64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Jwt(GenerationContext c)
    {
        string alg = c.Pick(new[] { "HS256", "RS256", "ES256", "HS512" });
        string header = c.Random.Chance(0.5) ? $"{{\"alg\":\"{alg}\",\"typ\":\"JWT\"}}" : $"{{\"alg\":\"{alg}\",\"kid\":\"{c.Shape("!!!!!!!!")}\",\"typ\":\"JWT\"}}";
        long iat = 1_780_000_000L + c.Random.Next(30_000_000);
        string payload = c.Random.Next(3) switch
        {
            0 => $"{{\"sub\":\"{c.Shape("########")}\",\"iat\":{iat},\"exp\":{iat + 3600}}}",
            1 => $"{{\"uid\":\"{Uuid(c)}\",\"role\":\"{c.Pick(new[] { "patient", "agent", "clerk", "tenant" })}\",\"iat\":{iat}}}",
            _ => $"{{\"iss\":\"https://auth.{c.Pick(s_workDomains)}\",\"sub\":\"{c.Shape("~~~~~~~~~~")}\",\"aud\":\"portal\",\"exp\":{iat + 900}}}",
        };
        string signature = c.Shape(alg.StartsWith("HS", StringComparison.Ordinal) ? "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^" : "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^");
        return B64Url(header) + "." + B64Url(payload) + "." + signature;
    }

    /// <summary>Lower-case hex of the argument's length (a commit SHA, a digest): never a secret.</summary>
    private static string Hex(GenerationContext c, string? arg)
    {
        int n = int.Parse(arg ?? "40", System.Globalization.CultureInfo.InvariantCulture);
        var b = new StringBuilder(n);
        for (int i = 0; i < n; i++)
        {
            b.Append("0123456789abcdef"[c.Random.Next(16)]);
        }
        return b.ToString();
    }

    /// <summary>A setting whose name sounds secret and whose value is not.</summary>
    private static string HarmlessSetting(GenerationContext c, string? arg) => c.Pick(new[]
    {
        "MAX_TOKENS=" + c.Random.Between(256, 8192), "JWT_ALGORITHM=" + c.Pick(new[] { "HS256", "RS256", "EdDSA" }), "NODE_ENV=production",
        "TOKEN_TTL_SECONDS=" + c.Random.Between(60, 86400), "PASSWORD_MIN_LENGTH=" + c.Random.Between(8, 16), "SECRET_ROTATION_DAYS=" + c.Random.Between(30, 365),
        "API_KEY_HEADER=X-Api-Key", "AUTH_PROVIDER=" + c.Pick(new[] { "oidc", "saml", "ldap" }), "KEYCLOAK_REALM=" + c.Pick(new[] { "staff", "patients", "public" }),
        "SESSION_COOKIE_SECURE=true", "TOKEN_URL=/oauth/token", "PASSWORD_RESET_ENABLED=false", "GITHUB_TOKEN_SCOPES=repo,read:org",
        "AWS_REGION=" + c.Pick(new[] { "eu-central-1", "us-east-2", "ap-southeast-2" }), "STRIPE_API_VERSION=2026-01-28", "OPENAI_MODEL=gpt-4o-mini",
    });
}
