using System.Text;

namespace Kpr.Core.Register;

/// <summary>
/// Person pseudonyms stored as UTF-8 in one byte pool with an open-addressing index, so a national register keeps
/// its ids in about (length + 12) bytes per person instead of a string object and a dictionary entry each.
/// </summary>
internal sealed class PersonIdTable
{
    private byte[] _pool = new byte[1 << 16];
    private int _poolLength;
    private int[] _offsets = new int[1 << 10]; // start of id i; _offsets[Count] = _poolLength
    private int[] _slots = new int[1 << 11];   // person index + 1; 0 = empty
    private int _mask = (1 << 11) - 1;

    public int Count { get; private set; }

    /// <summary>Returns the index of the id, adding it when new.</summary>
    public int GetOrAdd(string id, out bool added)
    {
        Span<byte> buffer = stackalloc byte[256];
        var bytes = Encode(id, buffer);
        var hash = Hash(bytes);
        var slot = hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                break;
            }
            if (IdBytes(entry - 1).SequenceEqual(bytes))
            {
                added = false;
                return entry - 1;
            }
            slot = (slot + 1) & _mask;
        }
        var index = Append(bytes);
        _slots[slot] = index + 1;
        if ((long)Count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }
        added = true;
        return index;
    }

    /// <summary>The index of an id, or -1.</summary>
    public int Find(string id)
    {
        Span<byte> buffer = stackalloc byte[256];
        var bytes = Encode(id, buffer);
        var slot = Hash(bytes) & _mask;
        while (_slots[slot] is var entry and not 0)
        {
            if (IdBytes(entry - 1).SequenceEqual(bytes))
            {
                return entry - 1;
            }
            slot = (slot + 1) & _mask;
        }
        return -1;
    }

    public ReadOnlySpan<byte> IdBytes(int index) => _pool.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    public string GetId(int index) => Encoding.UTF8.GetString(IdBytes(index));

    /// <summary>Reorders the ids (new index i holds old index <paramref name="oldIndexOf"/>[i]) and drops the index
    /// slots; call <see cref="Rebuild"/> before the next lookup.</summary>
    public void Compact(int[]? oldIndexOf)
    {
        if (oldIndexOf is not null)
        {
            var pool = new byte[_poolLength];
            var offsets = new int[Count + 1];
            var at = 0;
            for (var i = 0; i < Count; i++)
            {
                var bytes = IdBytes(oldIndexOf[i]);
                bytes.CopyTo(pool.AsSpan(at));
                offsets[i] = at;
                at += bytes.Length;
            }
            offsets[Count] = at;
            _pool = pool;
            _offsets = offsets;
        }
        else
        {
            Array.Resize(ref _pool, _poolLength);
            Array.Resize(ref _offsets, Count + 1);
        }
        _slots = [];
        _mask = -1;
    }

    public void Rebuild()
    {
        if (_slots.Length == 0)
        {
            Rehash(Math.Max(1024, (int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(Count, 1) * 2u))));
        }
    }

    internal long MemoryBytes => _pool.LongLength + _offsets.LongLength * sizeof(int) + _slots.LongLength * sizeof(int);

    private int Append(ReadOnlySpan<byte> bytes)
    {
        if (_poolLength + bytes.Length > _pool.Length)
        {
            Array.Resize(ref _pool, (int)Math.Min(Array.MaxLength, Math.Max((long)_pool.Length * 2, _poolLength + bytes.Length)));
        }
        if (Count + 2 > _offsets.Length)
        {
            Array.Resize(ref _offsets, _offsets.Length * 2);
        }
        bytes.CopyTo(_pool.AsSpan(_poolLength));
        _offsets[Count] = _poolLength;
        _poolLength += bytes.Length;
        _offsets[Count + 1] = _poolLength;
        return Count++;
    }

    private void Rehash(int size)
    {
        _slots = new int[size];
        _mask = size - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = Hash(IdBytes(i)) & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = i + 1;
        }
    }

    private static ReadOnlySpan<byte> Encode(string id, Span<byte> buffer)
    {
        var max = Encoding.UTF8.GetMaxByteCount(id.Length);
        var target = max <= buffer.Length ? buffer : new byte[max];
        var n = Encoding.UTF8.GetBytes(id, target);
        return target[..n];
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode() & int.MaxValue;
    }
}
