// What Protégé does with an OWL document, without Protégé: parse it with the OWL API, report the
// OWL 2 profiles it falls in (OWL API profile checkers: DL, EL, QL, RL), then start HermiT with
// its default configuration (unsupported datatypes are errors, as in Protégé's HermiT plug-in).
// Runs against the HermiT jar bundled with owlready2 (HermiT 1.3.8 + OWL API 3.4), no build step:
//   java -cp .../owlready2/hermit/HermiT.jar ontology/OwlCheck.java [--dl] FILE.owl [MORE.owl ...]
// (--dl: the OWL 2 DL profile only, which is what HermiT needs; faster on large graphs)
// or `python -m kg.ontology profile FILE.owl` (finds the jar). Several files are merged first.
// Output, one line each: "profile <name> <violations>" (then up to 5 "  <kind> <count> <example>"),
// "hermit consistent" | "hermit inconsistent" | "hermit error <message>",
// "unsatisfiable <IRI>" for each unsatisfiable class. Exit 0 when consistent with none, else 1.
import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWL2ELProfile;
import org.semanticweb.owlapi.profiles.OWL2QLProfile;
import org.semanticweb.owlapi.profiles.OWL2RLProfile;
import org.semanticweb.owlapi.profiles.OWLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.util.OWLOntologyMerger;

public class OwlCheck {
    public static void main(String[] args) throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology ontology = null;
        boolean dlOnly = args.length > 0 && args[0].equals("--dl");
        if (dlOnly) args = java.util.Arrays.copyOfRange(args, 1, args.length);
        for (String arg : args) ontology = manager.loadOntologyFromOntologyDocument(new File(arg));
        if (args.length > 1)
            ontology = new OWLOntologyMerger(manager).createMergedOntology(manager, IRI.create("urn:kg:merged"));
        System.out.println("axioms " + ontology.getLogicalAxiomCount());
        OWLProfile[] profiles = dlOnly ? new OWLProfile[] {new OWL2DLProfile()}
            : new OWLProfile[] {new OWL2DLProfile(), new OWL2ELProfile(), new OWL2QLProfile(), new OWL2RLProfile()};
        for (OWLProfile profile : profiles) {
            OWLProfileReport report = profile.checkOntology(ontology);
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, String> examples = new TreeMap<>();
            for (OWLProfileViolation v : report.getViolations()) {
                String kind = v.getClass().getSimpleName();
                counts.merge(kind, 1, Integer::sum);
                examples.putIfAbsent(kind, v.toString().replaceAll("\\s+", " "));
            }
            System.out.println("profile " + profile.getName() + "\t" + report.getViolations().size());
            counts.keySet().stream().limit(5).forEach(k ->
                System.out.println("  " + k + "\t" + counts.get(k) + "\t" + examples.get(k)));
        }
        boolean ok;
        try {
            OWLReasoner hermit = new Reasoner.ReasonerFactory().createReasoner(ontology);
            ok = hermit.isConsistent();
            System.out.println(ok ? "hermit consistent" : "hermit inconsistent");
            if (ok) {
                hermit.precomputeInferences(InferenceType.CLASS_HIERARCHY);
                for (OWLClass c : hermit.getUnsatisfiableClasses().getEntitiesMinusBottom()) {
                    System.out.println("unsatisfiable " + c.getIRI());
                    ok = false;
                }
            }
        } catch (RuntimeException e) {
            System.out.println("hermit error " + e.getClass().getSimpleName() + ": "
                               + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
            ok = false;
        }
        System.exit(ok ? 0 : 1);
    }
}
