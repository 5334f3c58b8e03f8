/// Writes a CUSCAR D.96B interchange of about the requested size: realistic sea-manifest
/// messages (BGM, DTM, RFF, NAD, TDT, LOC, EQD, CNI with goods items), valid against the
/// D.96B directory, with a few release characters and line breaks between segments.
enum CuscarFixture {
    /// One message of the fixture; `index` makes references unique.
    static func message(_ index: Int) -> String {
        let n = String(index)
        var segments = [
            "UNH+\(n)+CUSCAR:D:96B:UN",
            "BGM+85+MF\(n)+9",
            "DTM+137:202601010800:203",
            "RFF+AAZ:HDMU",
            "NAD+CA+HDMU::172",
            "TDT+20+V\(index % 997)E+1++HDMU:172+++9354036:146::HYUNDAI FORWARD",
            "LOC+5+KRPUS:139:6",
            "DTM+132:202601020800:203",
            "EQD+CN+HDMU\(1_000_000 + index % 9_000_000)",
            "CNI+1+BL\(n)",
        ]
        for item in 1...3 {
            segments += [
                "RFF+BM:BL\(n)-\(item)",
                "GID+\(item)+\(10 * item):PK",
                "FTX+AAA+++ELECTRONIC PARTS?+ACCESSORIES, MODEL \(item)",
                "MEA+WT+AAB+KGM:\(1200 + item)",
            ]
        }
        segments.append("UNT+\(segments.count + 1)+\(n)")
        return segments.map { $0 + "'\n" }.joined()
    }

    /// The whole interchange as bytes, about `bytes` long.
    static func interchange(approximateBytes bytes: Int) -> [UInt8] {
        var output = Array("UNA:+.? '\nUNB+UNOA:3+HDMU:4+KRCUS:57+260101:0800+BENCH1'\n".utf8)
        output.reserveCapacity(bytes + 4096)
        var count = 0
        while output.count < bytes {
            count += 1
            output += Array(message(count).utf8)
        }
        output += Array("UNZ+\(count)+BENCH1'\n".utf8)
        return output
    }
}
