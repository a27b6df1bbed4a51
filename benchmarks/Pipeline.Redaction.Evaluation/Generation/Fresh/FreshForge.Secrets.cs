using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

internal static partial class FreshForge
{
    /// <summary>Provider key layouts as each provider publishes them, with random bodies (shape syntax of <see cref="GenerationContext.Shape"/>).</summary>
    private static readonly Dictionary<string, string> s_keyShapes = new(StringComparer.Ordinal)
    {
        ["ghp"] = "ghp_*{36}",
        ["gho"] = "gho_*{36}",
        ["github_pat"] = "github_pat_11*{20}_*{59}",
        ["glpat"] = "glpat-^{20}",
        ["xoxb"] = "xoxb-#{11}-#{13}-*{24}",
        ["xoxp"] = "xoxp-#{11}-#{12}-#{13}-!{32}",
        ["slackhook"] = "T${8}/B${10}/*{24}",
        ["akid"] = "AKIA${16}",
        ["awssecret"] = "*{40}",
        ["stripe"] = "sk_live_51*{40}",
        ["stripe_rk"] = "rk_live_51*{40}",
        ["sendgrid"] = "SG.^{22}.^{43}",
        ["openai"] = "sk-proj-^{64}",
        ["anthropic"] = "sk-ant-api03-^{86}AA",
        ["npm"] = "npm_*{36}",
        ["hf"] = "hf_*{34}",
        ["twilio"] = "SK!{32}",
        ["google"] = "AIza^{35}",
        ["shopify"] = "shpat_!{32}",
        ["digitalocean"] = "dop_v1_!{64}",
        ["telegram"] = "%#{8,9}:AA^{33}",
        ["pypi"] = "pypi-AgEIcHlwaS5vcmc^{60}",
        ["doppler"] = "dp.st.prd.*{40}",
        ["password"] = "",
        ["hexkey"] = "!{32}",
        ["drive"] = "1^{32}",
        ["dropbox"] = "~{25}",
    };

    private static readonly string[] s_passwordWords = ["Sonnenblume", "Kaffee", "Marmota", "Fjordhest", "Azul", "Kirsche", "Sakura", "Tartaruga", "Hiver", "Pinguin"];

    /// <summary>A secret value of a provider's layout, a password (<c>password</c>) or a random one (<c>any</c>).</summary>
    private static string Secret(GenerationContext c, string kind)
    {
        if (kind == "any")
        {
            kind = c.Pick(new[] { "ghp", "github_pat", "glpat", "xoxb", "akid", "stripe", "sendgrid", "openai", "npm", "hf", "google", "shopify", "digitalocean" });
        }
        if (kind == "teamshook")
        {
            return $"{Uuid(c)}@{Uuid(c)}/IncomingWebhook/{Hex(c, 32)}/{Uuid(c)}";
        }
        if (kind == "password")
        {
            return c.Random.Next(3) switch
            {
                0 => $"{c.Pick(s_passwordWords)}{c.Random.Between(10, 2027)}{c.Pick(new[] { "!", "#", "?", "$", "%" })}",
                1 => c.Shape("*{6}") + c.Pick(new[] { "!", "#", "-", "_", "%" }) + c.Shape("*{8}"),
                _ => c.Shape("*{20}"),
            };
        }
        return c.Shape(s_keyShapes.TryGetValue(kind, out string? shape) ? shape : throw new FormatException($"unknown secret kind {kind}"));
    }

    /// <summary>A JWT: base64url of a real JSON header and payload and a random signature.</summary>
    private static string Jwt(GenerationContext c)
    {
        string header = c.Random.Chance(0.5)
            ? """{"alg":"HS256","typ":"JWT"}"""
            : $$"""{"alg":"RS256","typ":"JWT","kid":"{{Hex(c, 8)}}"}""";
        long issued = 1_764_000_000 + c.Random.Between(0, 40_000_000);
        string subject = c.Random.Chance(0.5) ? Uuid(c) : c.Random.Between(10000, 999999).ToString(CultureInfo.InvariantCulture);
        string payload = $$"""{"sub":"{{subject}}","iat":{{issued}},"exp":{{issued + 3600}},"scope":"{{c.Pick(new[] { "read", "read write", "admin", "openid profile email" })}}"}""";
        int signature = header.Contains("RS256", StringComparison.Ordinal) ? 342 : 43;
        return $"{Base64Url(header)}.{Base64Url(payload)}.{c.Shape($"^{{{signature}}}")}";
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
