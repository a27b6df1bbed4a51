using Pipeline.Redaction.Evaluation.Corpus;

namespace Pipeline.Redaction.Evaluation.ScreenLeak;

/// <summary>
/// Our labels in ScreenLeak's canonical taxonomy (its CATEGORIES.md). ScreenLeak folds national ids, SSNs and account
/// and transaction ids into <c>private_id</c> and has <c>account_number</c> for bank and card numbers; it has no IP
/// class, so an IP prediction keeps its own name and can only count against precision and oversmash. A kind not in
/// this table also keeps its own name, as ScreenLeak's scorer does with an unmapped adapter label.
/// </summary>
internal static class ScreenLeakLabels
{
    private static readonly Dictionary<string, string> s_map = new(StringComparer.Ordinal)
    {
        [GoldLabel.Email] = "private_email",
        [GoldLabel.Phone] = "private_phone",
        [GoldLabel.Card] = "account_number",
        [GoldLabel.Iban] = "account_number",
        [GoldLabel.Ssn] = "private_id",
        [GoldLabel.Secret] = "secret",
        [GoldLabel.UrlQuery] = "private_url",
        [GoldLabel.Person] = "private_person",
        [GoldLabel.Handle] = "private_handle",
        [GoldLabel.Channel] = "private_channel",
        [GoldLabel.Repo] = "private_repo",
        [GoldLabel.Address] = "private_address",
        [GoldLabel.Org] = "private_company",
        [GoldLabel.Id] = "private_id",
        [GoldLabel.Url] = "private_url",
        // Not a corpus label, but ScreenLeak has the class; a redactor that adds DATE is scored on it.
        ["DATE"] = "private_date",
    };

    public static IReadOnlyDictionary<string, string> Map => s_map;

    public static string ToScreenLeak(string label) => s_map.TryGetValue(label, out string? mapped) ? mapped : label;
}
