package org.letterflow.bench;

import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.task.api.Task;

/**
 * The approval sheet as a BPMN process (approval-sheet.bpmn20.xml) in an embedded Flowable engine,
 * for comparison in the benchmark only: Flowable is not part of the product. Its defaults are kept
 * (history "audit", as Letterflow keeps every decision); the async executor is off, as nothing in
 * the process is asynchronous, and so are the engines the process does not use.
 */
final class FlowableSheets implements AutoCloseable {

    static final String VERSION = ProcessEngine.class.getPackage().getImplementationVersion() == null
            ? "7" : ProcessEngine.class.getPackage().getImplementationVersion();

    private final ProcessEngine engine;

    private FlowableSheets(ProcessEngine engine) {
        this.engine = engine;
    }

    /** An engine on its own database (its tables created there), with the sheet's process deployed. */
    static FlowableSheets on(String jdbcUrl, int connections) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("postgres");
        configuration.setJdbcMaxActiveConnections(connections);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setAsyncExecutorActivate(false);
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("Лист согласования")
                .addClasspathResource("org/letterflow/bench/approval-sheet.bpmn20.xml").deploy();
        return new FlowableSheets(engine);
    }

    /** count process instances, the approvers in variables as the route; each decided as the API's sheets are. */
    List<ApprovalBench.Sheet> start(int clients, int count) throws Exception {
        TaskService tasks = engine.getTaskService();
        return ApprovalBench.inParallel(clients, count, i -> {
            String process = engine.getRuntimeService().startProcessInstanceByKey("approvalSheet", "sheet-" + i,
                    Map.of("firstApprover", ApprovalBench.ROUTE[0], "secondApprover", ApprovalBench.ROUTE[1],
                            "signatory", ApprovalBench.ROUTE[2])).getId();
            return (ApprovalBench.Sheet) step -> {
                // the approver's client knows the sheet, not the task: it finds its task first, as a task list would
                Task task = tasks.createTaskQuery().processInstanceId(process).taskAssignee(ApprovalBench.ROUTE[step])
                        .singleResult();
                if (task == null) {
                    throw new IllegalStateException("No task of " + ApprovalBench.ROUTE[step] + " in process " + process);
                }
                tasks.complete(task.getId(), Map.of("result", step == ApprovalBench.ROUTE.length - 1 ? "SIGNED" : "APPROVED"));
            };
        });
    }

    /** How many processes of the sheet ended at the signature. */
    long signed() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("approvalSheet")
                .finished().list().stream().map(HistoricProcessInstance::getEndActivityId).filter("signed"::equals).count();
    }

    @Override
    public void close() {
        engine.close();
    }
}
