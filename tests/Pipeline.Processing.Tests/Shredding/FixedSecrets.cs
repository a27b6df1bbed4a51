using System.Security.Cryptography;
using System.Text;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Shredding;

namespace Pipeline.Processing.Tests.Shredding;

/// <summary>Person secrets for stage tests: one per subject, fixed (a hash of the id), so expected pseudonyms can be computed.</summary>
internal sealed class FixedSecrets : IPersonSecrets
{
    private readonly Dictionary<string, PersonSecret> _secrets = new(StringComparer.Ordinal);

    public static PersonSecret SecretOf(string subject) => new(subject, SHA256.HashData(Encoding.UTF8.GetBytes("test secret of " + subject)));

    public PersonSecret Resolve(string subject)
    {
        if (!_secrets.TryGetValue(subject, out PersonSecret? secret))
        {
            secret = SecretOf(subject);
            _secrets.Add(subject, secret);
        }

        return secret;
    }
}
