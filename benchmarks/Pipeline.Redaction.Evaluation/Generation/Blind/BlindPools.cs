namespace Pipeline.Redaction.Evaluation.Generation.Blind;

/// <summary>
/// The blind family's values, written for it alone: names of people from cultures of every continent (and in their
/// own scripts), phone numbers by each country's numbering plan, IBAN layouts, card networks, key providers,
/// organisations, repositories, channels, addresses and the ordinary words around them. Nothing here is read from
/// the dev or held-out pools, and the generator redraws any line whose name-like value those families also plant.
/// </summary>
internal static partial class BlindPools
{
}
