import Foundation

/// The hits of every term in the rows of one block (``IndexSearchBlocks``): terms interned by
/// their bytes, each row's weighted hits per term, and the (term, hits, length) of every
/// term of every row, from which each frequent term's impacts are drawn.
///
/// Counting runs once per token of every imported reference, so it keeps to flat buffers (no
/// `String` per token, no array per term): an open-addressing table over the term bytes, and
/// one buffer of the block's pairs.
struct IndexTermTally {
    /// The bytes of every term, one after another; term `t` is `bytes[starts[t]..<starts[t + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing: term id + 1 per slot (0: empty); the capacity is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 1 << 14)
    private var hashes: [UInt64] = []
    /// Per term: weighted hits in the current row.
    private var hits: [Double] = []
    /// Terms with hits in the current row.
    private var touched: [Int32] = []
    /// Per term: how many rows of the block hold it.
    private var rows: [Int32] = []
    /// Terms holding a pair in the block, in order of appearance.
    private(set) var inBlock: [Int32] = []
    /// The block's pairs: term, hits, length.
    private var pairTerms: [Int32] = []
    private var pairHits: [Double] = []
    private var pairLengths: [Int32] = []
    private var longest: Int32 = 0

    /// The number of terms seen.
    var termCount: Int { starts.count - 1 }

    /// The term `id`'s bytes as text.
    func term(_ id: Int32) -> String {
        String(decoding: bytes[starts[Int(id)]..<starts[Int(id) + 1]], as: UTF8.self)
    }

    /// The weight of the current column's hits.
    var weight = 1.0
    /// The tokens of the current column so far, as FTS5 counts them.
    var columnTokens = 0

    /// Counts a hit of `token` in the current column (a colocated token adds no length unless
    /// it is the column's first, as in FTS5).
    mutating func add(_ token: UnsafeRawBufferPointer, colocated: Bool) {
        let id = intern(token)
        if hits[Int(id)] == 0 { touched.append(id) }
        hits[Int(id)] += weight
        if !colocated || columnTokens == 0 { columnTokens += 1 }
    }

    /// Ends the current row, `length` tokens long: a pair for each term it holds.
    mutating func endRow(length: Int) {
        let length = Int32(clamping: length)
        longest = max(longest, length)
        for id in touched {
            let t = Int(id)
            if rows[t] == 0 { inBlock.append(id) }
            rows[t] += 1
            pairTerms.append(id)
            pairHits.append(hits[t])
            pairLengths.append(length)
            hits[t] = 0
        }
        touched.removeAll(keepingCapacity: true)
    }

    /// The impacts of every term held by at least `minimumRows` rows of the block, in order
    /// of appearance: the (hits, length) pairs, flat, that no other pair of the term beats in
    /// both (more or as many hits and a shorter or equally long row), shortest first.
    func impacts(minimumRows: Int) -> [(term: Int32, impacts: [Double])] {
        // Each kept term's pairs gathered in one run of the buffers (a counting sort).
        var start = Array(repeating: -1, count: termCount)
        var kept: [Int32] = []
        var total = 0
        for id in inBlock where rows[Int(id)] >= minimumRows {
            start[Int(id)] = total
            total += Int(rows[Int(id)])
            kept.append(id)
        }
        guard !kept.isEmpty else { return [] }
        var next = start
        var hitsByTerm = [Double](repeating: 0, count: total)
        var lengthsByTerm = [Int32](repeating: 0, count: total)
        for i in pairTerms.indices {
            let t = Int(pairTerms[i])
            let position = next[t]
            guard position >= 0 else { continue }
            hitsByTerm[position] = pairHits[i]
            lengthsByTerm[position] = pairLengths[i]
            next[t] = position + 1
        }
        // Per term: the most hits at each length, then the lengths whose most hits beat every
        // shorter length's.
        var most = [Double](repeating: -1, count: Int(longest) + 1)
        var result: [(term: Int32, impacts: [Double])] = []
        result.reserveCapacity(kept.count)
        for id in kept {
            let range = start[Int(id)]..<(start[Int(id)] + Int(rows[Int(id)]))
            for i in range {
                let length = Int(lengthsByTerm[i])
                most[length] = max(most[length], hitsByTerm[i])
            }
            var impacts: [Double] = []
            var best = -1.0
            for length in 0..<most.count where most[length] >= 0 {
                if most[length] > best {
                    best = most[length]
                    impacts.append(best)
                    impacts.append(Double(length))
                }
                most[length] = -1
            }
            result.append((id, impacts))
        }
        return result
    }

    /// Forgets the block's pairs (the terms stay interned).
    mutating func endBlock() {
        for id in inBlock { rows[Int(id)] = 0 }
        inBlock.removeAll(keepingCapacity: true)
        pairTerms.removeAll(keepingCapacity: true)
        pairHits.removeAll(keepingCapacity: true)
        pairLengths.removeAll(keepingCapacity: true)
        longest = 0
    }

    /// The id of `token`, interned when new.
    private mutating func intern(_ token: UnsafeRawBufferPointer) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in token {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let id = Int(entry - 1)
            if hashes[id] == hash, starts[id + 1] - starts[id] == token.count,
                bytes.withUnsafeBytes({ stored in
                    guard let base = stored.baseAddress, let start = token.baseAddress else {
                        return token.isEmpty
                    }
                    return memcmp(start, base + starts[id], token.count) == 0
                })
            {
                return Int32(id)
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(termCount)
        bytes.append(contentsOf: token)
        starts.append(bytes.count)
        hashes.append(hash)
        hits.append(0)
        rows.append(0)
        slots[slot] = id + 1
        if termCount * 2 > slots.count { grow() }
        return id
    }

    /// Doubles the table and places every term again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 0..<termCount {
            let hash = hashes[id]
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }
}
