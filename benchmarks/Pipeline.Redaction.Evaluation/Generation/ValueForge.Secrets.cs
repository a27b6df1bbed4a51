using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation;

internal static partial class ValueForge
{
    // Random bodies of the providers' published shapes; never a real key.
    private static void AddSecrets(Dictionary<string, ValueGenerator> g)
    {
        g["envSecretName"] = (c, _) =>
        {
            EnvSecret secret = c.Pick(c.Pools.EnvSecrets);
            c.SecretShape = secret.ValueShape;
            return secret.Name;
        };
        g["envSecretKey"] = (c, _) =>
        {
            EnvSecret secret = c.Pick(c.Pools.EnvSecrets);
            c.SecretShape = secret.ValueShape;
            return secret.Name.ToLowerInvariant();
        };
        g["secretForName"] = (c, _) => c.Shape(c.SecretShape ?? c.Pick(c.Pools.ProviderKeys));
        g["providerKey"] = (c, _) => c.Shape(c.Pick(c.Pools.ProviderKeys));
        g["secretGeneric"] = (c, _) => c.Shape(c.Pick(["!{32}", "^{24,40}", "*{20,28}", "!{40}"]));
        g["bearer"] = (c, _) => c.Random.Chance(0.5) ? Jwt(c) : c.Shape("^{32,48}");
        g["jwt"] = (c, _) => Jwt(c);
        g["awsKeyId"] = (c, _) => c.Shape("AKIA${16}");
        g["npmToken"] = (c, _) => c.Shape("npm_*{36}");
        g["telegramToken"] = (c, _) => c.Shape("%#{8,9}:AA^{33}");
        g["jsession"] = (c, _) => c.Shape("!{32}").ToUpperInvariant();
        g["slackWebhook"] = (c, _) => c.Shape("T${8,10}/B${8,10}/*{24}");
        g["discordWebhook"] = (c, _) => c.Shape("%#{17,18}/^{68}");
        g["driveId"] = (c, _) => c.Shape("1^{32}");
        g["dropboxId"] = (c, _) => c.Shape("~{15}");
        g["shareId"] = (c, _) => c.Shape("*{8,12}");
        g["token"] = (c, _) => c.Shape("^{32,43}");
        // Only characters a URL's user-info may hold unescaped, so the password ends where a reader would say it does.
        g["dbPassword"] = (c, _) => c.Shape("*{6,10}") + c.Pick(["!", "-", "_", ".", "~"]) + c.Shape("*{4,8}");
        g["uuid"] = (c, _) => Uuid(c);
    }

    private static string Uuid(GenerationContext c) =>
        c.Shape("!!!!!!!!-!!!!-4!!!-") + c.Pick(["8", "9", "a", "b"]) + c.Shape("!!!-!!!!!!!!!!!!");

    private static string Jwt(GenerationContext c)
    {
        string header = c.Random.Chance(0.6)
            ? "{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
            : "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + c.Shape("!{8}") + "\"}";
        long issued = 1_767_225_600L + c.Random.Next(31_536_000);
        string payload = string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"sub\":\"{c.Shape("#{6,9}")}\",\"scope\":\"{c.Pick(["read", "read write", "admin", "user"])}\",\"iat\":{issued},\"exp\":{issued + 3600}}}");
        string signature = c.Shape(header.Contains("RS256", StringComparison.Ordinal) ? "^{86}" : "^{43}");
        return Base64Url(header) + "." + Base64Url(payload) + "." + signature;
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
