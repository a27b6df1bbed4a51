using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Generation;
using Pipeline.Redaction.Evaluation.Scoring;
using Pipeline.Redaction.Evaluation.ScreenLeak;

namespace Pipeline.Redaction.Evaluation;

/// <summary>The tool's commands: <c>generate</c>, <c>score</c>, <c>score-screenleak</c>. Exit 0 on success, 2 on a
/// usage or input error (one line on stderr).</summary>
internal static class EvaluationCommands
{
    public const string Usage = """
        usage:
          generate [--seed N] [--out FILE]                 write the corpus as JSON Lines (stdout without --out)
          score [--corpus FILE | --seed N] [--family dev|heldout|blind|fresh|fifth|sixth|seventh|eighth|all] [--show-errors] [--json]
                                                           score Pipeline.Privacy.Redactor on the corpus
                                                           (without --corpus: the corpus of the seed, generated in memory;
                                                           blind, fresh, fifth, sixth, seventh and eighth have their own seeds
                                                           and are never in generate's output or in all)
          score-screenleak --sample PATH [--json]          score it on a ScreenLeak text sample with ScreenLeak's rule
          predict                                          read lines on stdin, print the redactor's spans of each as JSON
        """;

    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error) =>
        Run(args, input, output, error, new RedactorPredictor());

    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, ISpanPredictor predictor)
    {
        try
        {
            if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
            {
                output.WriteLine(Usage);
                return args.Count == 0 ? 2 : 0;
            }
            switch (args[0])
            {
                case "generate":
                    Generate(CommandArguments.Parse(args, 1, ["--seed", "--out"], []), output);
                    return 0;
                case "score":
                    Score(CommandArguments.Parse(args, 1, ["--corpus", "--seed", "--family"], ["--show-errors", "--json"]), output, predictor);
                    return 0;
                case "score-screenleak":
                    ScoreScreenLeak(CommandArguments.Parse(args, 1, ["--sample"], ["--json"]), output, predictor);
                    return 0;
                case "predict":
                    CommandArguments.Parse(args, 1, [], []);
                    Predict(input, output, predictor);
                    return 0;
                default:
                    throw new UsageException($"unknown command {args[0]} (generate, score, score-screenleak)");
            }
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static void Generate(CommandArguments a, TextWriter output)
    {
        IReadOnlyList<CorpusLine> lines = CorpusGenerator.Generate(a.Seed(CorpusGenerator.DefaultSeed));
        string? path = a.Value("--out");
        if (path is null)
        {
            CorpusFile.Write(output, lines);
            return;
        }
        try
        {
            CorpusFile.Write(path, lines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {path}: {e.Message}", e);
        }
        int negatives = 0;
        foreach (CorpusLine line in lines)
        {
            negatives += line.IsNegative ? 1 : 0;
        }
        output.WriteLine($"wrote {lines.Count} lines ({negatives} without PII) to {path}");
    }

    private static void Score(CommandArguments a, TextWriter output, ISpanPredictor predictor)
    {
        string family = a.Value("--family") ?? "all";
        if (family is not (CorpusFamily.Dev or CorpusFamily.Heldout or CorpusFamily.Blind or CorpusFamily.Fresh or CorpusFamily.Fifth or CorpusFamily.Sixth or CorpusFamily.Seventh or CorpusFamily.Eighth or "all"))
        {
            throw new UsageException($"--family must be dev, heldout, blind, fresh, fifth, sixth, seventh, eighth or all, not \"{family}\"");
        }
        bool showErrors = a.Flag("--show-errors");
        if (showErrors && !CorpusFamily.IsTuning(family))
        {
            // A family that measures what was not tuned on stops doing so once its errors are read.
            throw new UsageException("--show-errors is for the tuning families only (dev, blind, fresh, fifth, sixth, seventh): held-out errors stay unread");
        }
        string? corpusPath = a.Value("--corpus");
        if (corpusPath is not null && a.Value("--seed") is not null)
        {
            throw new UsageException("give --corpus or --seed, not both");
        }
        IReadOnlyList<CorpusLine> lines;
        string corpusName;
        // Blind, fresh, fifth, sixth, seventh and eighth have their own seeds and are generated in memory only: never written out.
        (ulong Seed, Func<ulong, IReadOnlyList<CorpusLine>> Generate)? ownSeed = family switch
        {
            CorpusFamily.Blind => (CorpusGenerator.BlindSeed, CorpusGenerator.GenerateBlind),
            CorpusFamily.Fresh => (CorpusGenerator.FreshSeed, CorpusGenerator.GenerateFresh),
            CorpusFamily.Fifth => (CorpusGenerator.FifthSeed, CorpusGenerator.GenerateFifth),
            CorpusFamily.Sixth => (CorpusGenerator.SixthSeed, CorpusGenerator.GenerateSixth),
            CorpusFamily.Seventh => (CorpusGenerator.SeventhSeed, CorpusGenerator.GenerateSeventh),
            CorpusFamily.Eighth => (CorpusGenerator.EighthSeed, CorpusGenerator.GenerateEighth),
            _ => null,
        };
        if (corpusPath is null && ownSeed is { } own)
        {
            ulong seed = a.Seed(own.Seed);
            lines = own.Generate(seed);
            corpusName = $"generated {family} corpus, seed {seed}";
        }
        else if (corpusPath is null)
        {
            ulong seed = a.Seed(CorpusGenerator.DefaultSeed);
            lines = CorpusGenerator.Generate(seed);
            corpusName = $"generated corpus, seed {seed}";
        }
        else
        {
            lines = ReadCorpus(corpusPath);
            corpusName = corpusPath;
        }

        var outcomes = new List<LineOutcome>(lines.Count);
        foreach (CorpusLine line in lines)
        {
            if (family == "all" || string.Equals(line.Family, family, StringComparison.Ordinal))
            {
                outcomes.Add(CorpusScorer.Evaluate(line, predictor));
            }
        }
        if (outcomes.Count == 0)
        {
            throw new UsageException($"{corpusName} has no {family} lines");
        }
        CorpusScore score = CorpusScorer.Score(family, outcomes);
        var byFamily = new List<CorpusScore>();
        if (family == "all")
        {
            foreach (string f in new[] { CorpusFamily.Dev, CorpusFamily.Heldout })
            {
                var part = outcomes.FindAll(o => string.Equals(o.Line.Family, f, StringComparison.Ordinal));
                if (part.Count > 0)
                {
                    byFamily.Add(CorpusScorer.Score(f, part));
                }
            }
        }

        if (a.Flag("--json"))
        {
            output.WriteLine(CorpusFile.ToJson(new { corpus = corpusName, rule = "typed: same label and (IoU >= 0.5 or covering); leak: every gold character replaced", score, byFamily }));
        }
        else
        {
            ScoreReportWriter.Write(output, corpusName, score, byFamily);
        }
        if (showErrors)
        {
            output.WriteLine();
            ScoreReportWriter.WriteErrors(output, outcomes);
        }
    }

    /// <summary>One JSON object per input line: what another tool (ScreenLeak's own scorer, a notebook) needs to score the redactor itself.</summary>
    private static void Predict(TextReader input, TextWriter output, ISpanPredictor predictor)
    {
        while (input.ReadLine() is { } text)
        {
            var spans = new List<GoldSpan>();
            foreach (PredictedSpan p in predictor.Predict(text))
            {
                spans.Add(new GoldSpan(p.Start, p.End, p.Label, text[p.Start..p.End]));
            }
            output.WriteLine(CorpusFile.ToJsonLine(new { text, spans }));
        }
    }

    private static IReadOnlyList<CorpusLine> ReadCorpus(string path)
    {
        try
        {
            return CorpusFile.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UsageException($"cannot read corpus {path}: {e.Message}", e);
        }
    }

    private static void ScoreScreenLeak(CommandArguments a, TextWriter output, ISpanPredictor predictor)
    {
        string path = a.Value("--sample") ?? throw new UsageException("score-screenleak needs --sample PATH (text/data/sample.jsonl of screenpipe/screenleak)");
        IReadOnlyList<ScreenLeakCase> cases;
        try
        {
            cases = ScreenLeakSample.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UsageException($"cannot read sample {path}: {e.Message}", e);
        }
        ScreenLeakScore score = ScreenLeakScorer.Score(cases, predictor);
        if (a.Flag("--json"))
        {
            output.WriteLine(CorpusFile.ToJson(new { sample = path, labelMap = ScreenLeakLabels.Map, score }));
            return;
        }
        ScreenLeakReportWriter.Write(output, path, score);
    }
}
