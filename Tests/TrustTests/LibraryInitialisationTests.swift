import CLibXML2
import Foundation
import Testing
import Trust
import XMLSupport

/// xmlsec's initialisation (`xmlSecInit`) installs its own process-wide external entity loader;
/// the Trust module must leave XMLSupport's policy-enforcing loader in force, or every later
/// parse, schema compilation and stylesheet in the gateway would lose the policy.
@Suite("Library initialisation")
struct LibraryInitialisationTests {
    @Test("initialising xmlsec keeps XMLSupport's external entity loader installed")
    func entityLoaderSurvives() throws {
        LibXML2Runtime.ensureInitialized()
        let hardened = xmlGetExternalEntityLoader().map { unsafeBitCast($0, to: UnsafeRawPointer.self) }
        _ = try DemoPKI.get().store  // initialises xmlsec (once per process)
        _ = try DemoPKI.get().xmlSigner("gateway").sign(Array("<a/>".utf8))
        let after = xmlGetExternalEntityLoader().map { unsafeBitCast($0, to: UnsafeRawPointer.self) }
        #expect(hardened != nil)
        #expect(after == hardened)
    }
}
