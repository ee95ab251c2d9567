package org.letterflow.tasks.ui;

import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import org.primefaces.component.schedule.Schedule;
import org.primefaces.component.schedule.ScheduleRenderer;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * p:schedule with due dates: an all-day event goes to the browser as a date ("2026-12-25"), not
 * as midnight in the organisation's zone. FullCalendar puts a date on that day wherever the
 * browser is; the instant PrimeFaces sends fell on the day before for a browser west of the
 * organisation. A model with timed events is left to PrimeFaces.
 */
public class AllDayScheduleRenderer extends ScheduleRenderer {

    @Override
    protected void encodeEventsAsJSON(FacesContext context, Schedule schedule, ScheduleModel model) throws IOException {
        if (model == null || !model.getEvents().stream().allMatch(ScheduleEvent::isAllDay)) {
            super.encodeEventsAsJSON(context, schedule, model);
            return;
        }
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (ScheduleEvent<?> event : model.getEvents()) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("start", event.getStartDate().toLocalDate().toString())
                    .add("allDay", true)
                    .add("editable", false);
            put(json, "id", event.getId());
            put(json, "title", event.getTitle());
            put(json, "description", event.getDescription());
            put(json, "classNames", event.getStyleClass());
            if (event.getEndDate() != null) {
                json.add("end", event.getEndDate().toLocalDate().toString());
            }
            events.add(json);
        }
        context.getResponseWriter().write(Json.createObjectBuilder().add("events", events).build().toString());
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
