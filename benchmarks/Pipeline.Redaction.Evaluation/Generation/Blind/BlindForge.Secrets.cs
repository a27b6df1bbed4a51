using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindForge
{
    private static void AddSecrets(Dictionary<string, ValueGenerator> g)
    {
        // The variable's name; the value that follows on the same line takes the shape that goes with it.
        g["envName"] = (c, _) =>
        {
            EnvSecret secret = c.Pick(BlindPools.EnvSecrets);
            c.SecretShape = secret.ValueShape;
            return secret.Name;
        };
        g["envValue"] = (c, _) => c.Shape(c.SecretShape ?? c.Pick(BlindPools.ProviderKeys));
        g["providerKey"] = (c, _) => c.Shape(c.Pick(BlindPools.ProviderKeys));
        g["password"] = (c, _) => c.Shape(c.Pick(BlindPools.PasswordShapes));
        g["opaqueToken"] = (c, _) => c.Shape(c.Pick(["^{40,64}", "!{40}", "*{32}"]));
        g["basicCredentials"] = (c, _) => Convert.ToBase64String(Encoding.UTF8.GetBytes(c.Pick(BlindPools.ServiceLogins) + ":" + c.Shape("*{10,16}")));
        g["jwt"] = (c, _) => Jwt(c);
        g["telegramBot"] = (c, _) => c.Shape("%#{9}:AA^{33}");
        g["slackHook"] = (c, _) => c.Shape("T$$$$$$$$$/B$$$$$$$$$$/*{24}");
        g["teamsHook"] = (c, _) => Uuid(c) + "@" + Uuid(c) + "/IncomingWebhook/" + c.Shape("!{32}") + "/" + Uuid(c);
        g["driveId"] = (c, _) => c.Shape("1^{32}");
        g["dropboxKey"] = (c, _) => c.Shape("~{15}");
        g["oneDriveId"] = (c, _) => c.Shape("s\\!A^{26}");
        g["wetransferId"] = (c, _) => c.Shape("t-*{10}");
        g["boxId"] = (c, _) => c.Shape("~{32}");
        g["jsession"] = (c, _) => c.Shape("!{32}").ToUpperInvariant() + c.Pick(["", ".node1", ".worker2"]);
        g["sasSig"] = (c, _) => c.Shape("^{30}\\%2B^{8}\\%3D");
        g["uuid"] = (c, _) => Uuid(c);
        g["hex"] = (c, a) => c.Shape("!{" + Required(a, "hex") + "}");
    }

    private static string Uuid(GenerationContext c) =>
        c.Shape("!!!!!!!!-!!!!-4!!!-") + c.Pick(["8", "9", "a", "b"]) + c.Shape("!!!-!!!!!!!!!!!!");

    /// <summary>A JWT with a real header and payload (an OIDC id token or an access token) and a random signature.</summary>
    private static string Jwt(GenerationContext c)
    {
        string alg = c.Pick(["HS256", "RS256", "ES256", "PS384"]);
        string header = c.Random.Chance(0.5)
            ? "{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}"
            : "{\"typ\":\"JWT\",\"alg\":\"" + alg + "\",\"kid\":\"" + c.Shape("^{12}") + "\"}";
        long issued = 1_780_000_000L + c.Random.Next(20_000_000);
        string payload = c.Random.Chance(0.5)
            ? Inv($"{{\"iss\":\"https://login.{c.Pick(BlindPools.CompanyDomains)}\",\"sub\":\"{Uuid(c)}\",\"aud\":\"{c.Pick(BlindPools.Projects)}\",\"iat\":{issued},\"exp\":{issued + 900}}}")
            : Inv($"{{\"user_id\":{c.Random.Between(1000, 999999)},\"role\":\"{c.Pick(["member", "owner", "service"])}\",\"iat\":{issued}}}");
        int signatureLength = alg switch { "HS256" => 43, "ES256" => 86, "PS384" => 342, _ => 342 };
        return Base64Url(header) + "." + Base64Url(payload) + "." + c.Shape("^{" + signatureLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}");
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
