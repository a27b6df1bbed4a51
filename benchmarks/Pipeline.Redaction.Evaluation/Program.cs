using Pipeline.Redaction.Evaluation;

return EvaluationCommands.Run(args, Console.In, Console.Out, Console.Error);
