using Pipeline.Privacy.Shredding;
using Pipeline.Processing.Shredding;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Shredding;

public sealed class BatchOpenerTests
{
    [Fact]
    public void Open_SealedBatchWithItsKey_OpenedAndDecoded()
    {
        using var table = new KeysTable(UnsealingOptions.Development);
        using var lea = new ShreddingRecords("lea");
        (byte[] key, byte[] value) = lea.DataKeyRecord();
        table.Apply(key, value);
        var batch = new EventBatch();

        BatchOpening opening = new BatchOpener(table, acceptUnencrypted: false).Open(lea.RouteBytes, lea.SealedBatch(4), batch, out DataKey? dataKey, out _, out _, out _);

        Assert.Equal(BatchOpening.Opened, opening);
        Assert.Equal(lea.Key.Id, dataKey!.Id);
        Assert.Equal(("lea", "lea-laptop", 4), (batch.Subject, batch.Device, batch.Count));
    }

    [Fact]
    public void Open_KeyNotOnRecord_Erased()
    {
        using var table = new KeysTable(UnsealingOptions.Development);
        using var max = new ShreddingRecords("max");

        Assert.Equal(BatchOpening.Erased, new BatchOpener(table, false).Open(max.RouteBytes, max.SealedBatch(), new EventBatch(), out _, out _, out _, out _));
    }

    [Fact]
    public void Open_KeyNotOnRecordBeforeTheKeysTopicWasRead_KeyUnknownUntilSettledThenErased()
    {
        using var table = new KeysTable(UnsealingOptions.Development);
        using var moe = new ShreddingRecords("moe");
        var opener = new BatchOpener(table, false);
        byte[] batch = moe.SealedBatch();

        BatchOpening first = opener.Open(moe.RouteBytes, batch, new EventBatch(), out _, out _, out _, out _, keysAtEnd: false);
        table.SettleAfterCatchUp(batch);
        BatchOpening settled = opener.Open(moe.RouteBytes, batch, new EventBatch(), out _, out _, out _, out _, keysAtEnd: false);

        Assert.Equal(BatchOpening.KeyUnknown, first);
        Assert.Equal(BatchOpening.Erased, settled);
    }

    [Fact]
    public void Open_KeyTombstonedAfterUse_ErasedNotTheRememberedKey()
    {
        using var table = new KeysTable(UnsealingOptions.Development);
        using var ned = new ShreddingRecords("ned");
        (byte[] key, byte[] value) = ned.DataKeyRecord();
        table.Apply(key, value);
        var opener = new BatchOpener(table, false);
        byte[] batch = ned.SealedBatch();
        Assert.Equal(BatchOpening.Opened, opener.Open(ned.RouteBytes, batch, new EventBatch(), out _, out _, out _, out _, keysAtEnd: false));

        table.Apply(key, null);

        Assert.Equal(BatchOpening.Erased, opener.Open(ned.RouteBytes, batch, new EventBatch(), out _, out _, out _, out _, keysAtEnd: false));
    }

    [Theory]
    [InlineData(false, "unencrypted", false)]
    [InlineData(true, null, false)]
    public void Open_BatchInClear_DeadLetteredWithoutPayloadUnlessAccepted(bool accept, string? reason, bool keepPayload)
    {
        using var table = new KeysTable(UnsealingOptions.Development);
        using var ned = new ShreddingRecords("ned");

        BatchOpening opening = new BatchOpener(table, accept).Open("ned"u8.ToArray(), ned.PlainBatch(), new EventBatch(), out _, out string why, out _, out bool keep);

        Assert.Equal(reason is null ? BatchOpening.Opened : BatchOpening.DeadLetter, opening);
        if (reason is not null)
        {
            Assert.Equal((reason, keepPayload), (why, keep));
        }
    }

    [Fact]
    public void Open_Garbage_DeadLetteredWithoutPayload()
    {
        using var table = new KeysTable(UnsealingOptions.Development);

        BatchOpening opening = new BatchOpener(table, false).Open(null, "name: Olive Raw, title: Salary"u8.ToArray(), new EventBatch(), out _, out string reason, out _, out bool keep);

        Assert.Equal((BatchOpening.DeadLetter, "bad_magic", false), (opening, reason, keep));
    }

    [Fact]
    public void Open_MovedToAnotherRoute_UndecryptableWithItsCiphertextKept()
    {
        using var table = new KeysTable(UnsealingOptions.Development);
        using var pam = new ShreddingRecords("pam");
        (byte[] key, byte[] value) = pam.DataKeyRecord();
        table.Apply(key, value);
        byte[] sealedBatch = pam.SealedBatch();
        // The key's route is checked against the batch's: forge the key record under the same id in another route.
        byte[] tampered = (byte[])sealedBatch.Clone();
        tampered[^1] ^= 1;

        BatchOpening opening = new BatchOpener(table, false).Open(pam.RouteBytes, tampered, new EventBatch(), out _, out string reason, out _, out bool keep);

        Assert.Equal((BatchOpening.DeadLetter, "undecryptable", true), (opening, reason, keep));
    }

    [Fact]
    public void Open_BatchClaimingAnotherSubject_KeyMismatch()
    {
        using var table = new KeysTable(UnsealingOptions.Development);
        using var quy = new ShreddingRecords("quy");
        (byte[] key, byte[] value) = quy.DataKeyRecord();
        table.Apply(key, value);

        BatchOpening opening = new BatchOpener(table, false).Open(quy.RouteBytes, quy.SealedBatch(claimedSubject: "someone-else"), new EventBatch(), out _, out string reason, out _, out bool keep);

        Assert.Equal((BatchOpening.DeadLetter, "key_mismatch", true), (opening, reason, keep));
    }
}
