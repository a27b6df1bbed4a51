using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Sixth;

internal static partial class SixthForge
{
    /// <summary>Variables that hold secrets, with their values' shapes (<c>JWT</c> and <c>PASSWORD</c> are made, not shaped).</summary>
    private static readonly EnvSecret[] s_envSecrets =
    [
        new("OPENAI_API_KEY", "sk-proj-^{48}"),
        new("ANTHROPIC_API_KEY", "sk-ant-api03-^{86}AA"),
        new("GITHUB_TOKEN", "ghp_*{36}"),
        new("GH_PAT", "github_pat_*{22}_*{59}"),
        new("SLACK_BOT_TOKEN", "xoxb-#{12}-#{13}-*{24}"),
        new("SLACK_USER_TOKEN", "xoxp-#{12}-#{12}-#{13}-!{32}"),
        new("AWS_ACCESS_KEY_ID", "AKIA$$$$$$$$$$$$$$$$"),
        new("AWS_SECRET_ACCESS_KEY", "@{40}"),
        new("STRIPE_SECRET_KEY", "sk_live_*{24}"),
        new("STRIPE_WEBHOOK_SECRET", "whsec_*{32}"),
        new("SENDGRID_API_KEY", "SG.^{22}.^{43}"),
        new("NPM_TOKEN", "npm_*{36}"),
        new("TWILIO_AUTH_TOKEN", "!{32}"),
        new("GITLAB_TOKEN", "glpat-^{20}"),
        new("DIGITALOCEAN_TOKEN", "dop_v1_!{64}"),
        new("HF_TOKEN", "hf_*{34}"),
        new("GOOGLE_MAPS_API_KEY", "AIza^{35}"),
        new("DOCKERHUB_TOKEN", "dckr_pat_^{27}"),
        new("MAILGUN_API_KEY", "key-!{32}"),
        new("SHOPIFY_ADMIN_TOKEN", "shpat_!{32}"),
        new("DD_API_KEY", "!{32}"),
        new("VAULT_TOKEN", "hvs.*{24}"),
        new("SENTRY_AUTH_TOKEN", "sntrys_*{60}"),
        new("LINEAR_API_KEY", "lin_api_*{40}"),
        new("SUPABASE_SERVICE_ROLE_KEY", "JWT"),
        new("NEXTAUTH_SECRET", "@{44}"),
        new("DB_PASSWORD", "PASSWORD"),
        new("POSTGRES_PASSWORD", "PASSWORD"),
        new("REDIS_PASSWORD", "PASSWORD"),
        new("SMTP_PASS", "PASSWORD"),
        new("JWT_SIGNING_SECRET", "!{64}"),
        new("PAYROLL_SFTP_PASSWORD", "PASSWORD"),
        new("EPIC_CLIENT_SECRET", "*{40}"),
        new("ZENDESK_API_TOKEN", "*{40}"),
        new("HUBSPOT_PRIVATE_APP_TOKEN", "pat-na1-!{8}-!{4}-!{4}-!{4}-!{12}"),
    ];

    /// <summary>Provider keys by name, for places other than assignments (headers, config files, chat pastes).</summary>
    private static readonly Dictionary<string, string> s_keyShapes = new(StringComparer.Ordinal)
    {
        ["openai"] = "sk-proj-^{48}",
        ["openai-legacy"] = "sk-*{48}",
        ["anthropic"] = "sk-ant-api03-^{86}AA",
        ["github"] = "ghp_*{36}",
        ["github-oauth"] = "gho_*{36}",
        ["slack"] = "xoxb-#{12}-#{13}-*{24}",
        ["slack-app"] = "xapp-1-&#{10}-#{13}-!{64}",
        ["aws"] = "AKIA$$$$$$$$$$$$$$$$",
        ["stripe"] = "sk_live_*{24}",
        ["stripe-restricted"] = "rk_live_*{24}",
        ["sendgrid"] = "SG.^{22}.^{43}",
        ["npm"] = "npm_*{36}",
        ["gitlab"] = "glpat-^{20}",
        ["google"] = "AIza^{35}",
        ["hf"] = "hf_*{34}",
        ["pypi"] = "pypi-AgEIcHlwaS5vcmc^{60}",
        ["vault"] = "hvs.*{24}",
    };

    private static readonly string[] s_passwordWords = ["Winter", "Falcon", "Harbor", "Maple", "Quartz", "Tango", "Orbit", "Saffron", "Copper", "Juniper"];

    /// <summary><c>{envname}</c> picks a secret variable and remembers its value's shape; <c>{envname:pw}</c> a password variable.</summary>
    private static string EnvName(GenerationContext c, string? argument)
    {
        EnvSecret[] pool = argument == "pw" ? Array.FindAll(s_envSecrets, e => e.ValueShape == "PASSWORD") : s_envSecrets;
        EnvSecret chosen = c.Pick(pool);
        c.SecretShape = chosen.ValueShape;
        return chosen.Name;
    }

    private static string EnvValue(GenerationContext c, string? argument) => (c.SecretShape ?? "*{32}") switch
    {
        "JWT" => Jwt(c, null),
        "PASSWORD" => Password(c, null),
        string shape => c.Shape(shape),
    };

    private static string ProviderKey(GenerationContext c, string? argument)
    {
        string name = argument ?? c.Pick(s_keyShapes.Keys.ToArray());
        return c.Shape(s_keyShapes.TryGetValue(name, out string? shape) ? shape : throw new FormatException($"no key provider {name}"));
    }

    private static string Password(GenerationContext c, string? argument) => c.Random.Next(3) switch
    {
        0 => c.Pick(s_passwordWords) + c.Shape("##") + c.Pick(["!", "#", "$", "%", "?"]) + c.Pick(s_passwordWords).ToLowerInvariant(),
        1 => c.Shape("**************"),
        _ => c.Shape("*****") + "-" + c.Shape("*****") + "-" + c.Shape("*****"),
    };

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A JWT whose header and payload are base64url of real JSON, with a random signature.</summary>
    private static string Jwt(GenerationContext c, string? argument)
    {
        string alg = c.Pick(["HS256", "RS256", "ES256"]);
        string header = c.Random.Chance(0.5)
            ? $"{{\"alg\":\"{alg}\",\"typ\":\"JWT\"}}"
            : $"{{\"alg\":\"{alg}\",\"kid\":\"{c.Shape("!!!!!!!!")}\",\"typ\":\"JWT\"}}";
        long iat = 1_790_000_000L + c.Random.Next(20_000_000);
        string sub = c.Random.Chance(0.5) ? Uuid(c) : c.Random.Between(100000, 9999999).ToString(CultureInfo.InvariantCulture);
        string payload = c.Random.Next(3) switch
        {
            0 => $"{{\"sub\":\"{sub}\",\"iat\":{iat},\"exp\":{iat + 3600}}}",
            1 => $"{{\"iss\":\"https://auth.{c.Pick(SixthPoolsParties.CompanyDomains)}\",\"sub\":\"{sub}\",\"aud\":\"api\",\"iat\":{iat}}}",
            _ => $"{{\"role\":\"service_role\",\"iss\":\"supabase\",\"iat\":{iat},\"exp\":{iat + 31_536_000}}}",
        };
        int signature = alg == "HS256" ? 43 : alg == "ES256" ? 86 : 342;
        return Base64Url(header) + "." + Base64Url(payload) + "." + c.Shape("^{" + signature.ToString(CultureInfo.InvariantCulture) + "}");
    }

    /// <summary>
    /// <c>{capability:KIND}</c> the secret part of a capability URL: <c>slackhook</c> (<c>T…/B…/…</c>),
    /// <c>tgbot</c> (<c>123456789:AA…</c>), <c>jsession</c>, <c>drive</c>, <c>dropbox</c>, <c>onedrive</c> (<c>s!…</c>),
    /// <c>wetransfer</c> (<c>t-…</c>), <c>discordhook</c> (<c>id/token</c>), <c>token</c> (an opaque access token).
    /// </summary>
    private static string Capability(GenerationContext c, string? argument) => argument switch
    {
        "slackhook" => c.Shape("T$$$$$$$$$/B$$$$$$$$$$/") + c.Shape("*{24}"),
        "tgbot" => c.Shape("%########") + ":AA" + c.Shape("^{33}"),
        "jsession" => c.Shape("!{32}").ToUpperInvariant(),
        "drive" => "1" + c.Shape("^{32}"),
        "dropbox" => c.Shape("~{15}"),
        "onedrive" => "s!A" + c.Shape("^{26}"),
        "wetransfer" => "t-" + c.Shape("*{10}"),
        "discordhook" => c.Shape("1##################") + "/" + c.Shape("^{68}"),
        "box" => c.Shape("~{32}"),
        "token" => c.Shape("*{40}"),
        _ => throw new FormatException($"capability {argument}"),
    };
}
