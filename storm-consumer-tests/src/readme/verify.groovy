import groovy.xml.XmlSlurper

// The README project built; check that it did what the README says, not just that Maven ended well. Whatever the
// outcome, its sources (written from the README, which holds them) are removed afterwards, so that no source tree is
// left among the build's ignored files.
def fail = { String message -> throw new AssertionError("README project: " + message) }
def mainSources = new File(basedir, 'src/main/java')
def testSources = new File(basedir, 'src/test/java')

def check = {
    // the processor ran from annotationProcessorPaths: every model's metamodel was generated
    def models = []
    mainSources.eachFileRecurse { f ->
        if (f.name.endsWith('.java') && f.text.contains('implements Model<')) {
            models << mainSources.toPath().relativize(f.toPath()).toString()
        }
    }
    if (models.isEmpty()) {
        fail('no model among the README sources')
    }
    models.each { model ->
        def metamodel = new File(basedir, 'target/generated-sources/annotations/' + model.replace('.java', '_.java'))
        if (!metamodel.isFile()) {
            fail('no metamodel ' + metamodel + ' was generated for ' + model)
        }
    }

    // every test the README shows ran, and passed
    int declared = 0
    testSources.eachFileRecurse { f ->
        if (f.name.endsWith('.java')) {
            declared += (f.text =~ /(?m)^\s*@Test\b/).size()
        }
    }
    def reports = new File(basedir, 'target/surefire-reports')
            .listFiles({ f -> f.name ==~ /TEST-.*\.xml/ } as FileFilter)
    if (declared == 0 || reports == null || reports.length == 0) {
        fail('no test ran: ' + declared + ' @Test methods declared, reports ' + reports)
    }
    int tests = 0
    reports.each { report ->
        def suite = new XmlSlurper().parse(report)
        tests += suite.@tests.toInteger()
        ['failures', 'errors', 'skipped'].each { kind ->
            if (suite."@$kind".toInteger() != 0) {
                fail(report.name + ' has ' + kind + '=' + suite."@$kind")
            }
        }
    }
    if (tests != declared) {
        fail(tests + ' tests ran, but the README declares ' + declared)
    }

    // -Xlint:all is on in the README pom, and its code compiles without a warning
    def warnings = new File(basedir, 'build.log').readLines().findAll { it.startsWith('[WARNING]') }
    if (!warnings.isEmpty()) {
        fail('the build printed warnings:\n' + warnings.join('\n'))
    }
    println "README project: ${tests} test(s) passed, metamodels of ${models} generated, no warning"
}

try {
    check()
} finally {
    new File(basedir, 'src').deleteDir()
}
return true
