using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Fifth;

internal static partial class FifthForge
{
    private static class Secrets
    {
        /// <summary>A provider key: random body in the provider's published shape (<see cref="FifthPools.KeyShapes"/>).</summary>
        public static string Key(GenerationContext context, string? provider)
        {
            string shape = provider is null
                ? context.Pick(FifthPools.KeyShapes.Values.ToArray())
                : FifthPools.KeyShapes.TryGetValue(provider, out string? s) ? s : throw new FormatException($"fifth key provider {provider} does not exist");
            return Value(context, shape);
        }

        private static string Value(GenerationContext context, string shape) => shape switch
        {
            "JWT" => Jwt(context),
            "PW" => Password(context),
            "BOT" => TelegramBot(context),
            _ => Shape(context, shape),
        };

        /// <summary>The name of a variable that holds a secret; its value's shape is kept for <see cref="EnvValue"/>.</summary>
        public static string EnvName(GenerationContext context, string? _)
        {
            EnvSecret secret = context.Pick(FifthPools.EnvSecrets);
            context.SecretShape = secret.ValueShape;
            return secret.Name;
        }

        public static string EnvValue(GenerationContext context) =>
            Value(context, context.SecretShape ?? context.Pick(FifthPools.EnvSecrets).ValueShape);

        public static string Uuid(GenerationContext context)
        {
            string v = context.Shape("!{8}-!{4}-4!{3}-") + context.Pick(["8", "9", "a", "b"]) + context.Shape("!{3}-!{12}");
            return v;
        }

        public static string TelegramBot(GenerationContext context) =>
            context.Random.Between(100_000_000, 2_099_999_999).ToString(CultureInfo.InvariantCulture) + ":AA" + context.Shape("^{33}");

        public static string Password(GenerationContext context) =>
            context.Shape("*{3,5}") + context.Pick(["!", "-", "_", "~", "#", ""]) + context.Shape("*{4,8}") + context.Shape("#{2}");

        /// <summary>A JWT: base64url of a real JSON header and payload, and a random signature of the algorithm's length.</summary>
        public static string Jwt(GenerationContext context)
        {
            var r = context.Random;
            string alg = context.Pick(["HS256", "RS256", "ES256", "HS512"]);
            string header = alg.StartsWith("HS", StringComparison.Ordinal) || r.Chance(0.5)
                ? $"{{\"alg\":\"{alg}\",\"typ\":\"JWT\"}}"
                : $"{{\"alg\":\"{alg}\",\"kid\":\"{context.Shape("~{8}")}\",\"typ\":\"JWT\"}}";
            long iat = 1_767_000_000 + r.Next(40_000_000);
            string payload = r.Next(3) switch
            {
                0 => $"{{\"sub\":\"{r.Between(10_000, 9_999_999)}\",\"iat\":{iat},\"exp\":{iat + 3600}}}",
                1 => $"{{\"sub\":\"{Uuid(context)}\",\"role\":\"{context.Pick(["user", "admin", "member"])}\",\"iat\":{iat}}}",
                _ => $"{{\"iss\":\"https://auth.{context.Pick(["kassenbuch.de", "valmont.fr", "hanbit.kr", "sakura-works.jp"])}\",\"aud\":\"api\",\"sub\":\"u_{context.Shape("~{10}")}\",\"exp\":{iat + 900}}}",
            };
            int signature = alg switch { "RS256" => 342, "ES256" => 86, "HS512" => 86, _ => 43 };
            return B64(header) + "." + B64(payload) + "." + context.Shape("^{" + signature.ToString(CultureInfo.InvariantCulture) + "}");
        }

        private static string B64(string json) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static class Places
    {
        public static string Address(GenerationContext context, string? country)
        {
            string key = country is null ? context.Pick(FifthPools.Addresses.Keys.ToArray()) : context.Pick(country.Split(','));
            if (!FifthPools.Addresses.TryGetValue(key, out string[]? patterns))
            {
                throw new FormatException($"fifth address country {key} does not exist");
            }
            return Render(context, context.Pick(patterns));
        }

        public static string Org(GenerationContext context, string? country)
        {
            string key = country is null ? context.Pick(FifthPools.Orgs.Keys.ToArray()) : context.Pick(country.Split(','));
            return Render(context, context.Pick(FifthPools.Orgs[key]));
        }

        public static string Repo(GenerationContext context) =>
            context.Pick(FifthPools.RepoOwners) + "/" + context.Pick(FifthPools.RepoNames);

        public static string Channel(GenerationContext context) =>
            context.Pick(FifthPools.ChannelHeads) + "-" + context.Pick(FifthPools.ChannelTails);
    }
}
