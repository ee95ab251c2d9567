package org.letterflow.organisation.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.letterflow.organisation.boundary.OrganisationForm;
import org.letterflow.organisation.boundary.Organisations;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.platform.ui.ShowsProblems;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;

/** Справочники → Организации: the visible tree, with adding and editing for administrators. */
@Named
@ViewScoped
@ShowsProblems
public class OrganisationDirectory implements Serializable {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.startsWith("Europe/") || z.startsWith("Asia/")).sorted().toList();

    @Inject
    transient Organisations organisations;

    private TreeNode<Organisation> root;
    private Long editedId;
    private long editedVersion;
    private Long parentId;
    private String parentName;
    private OrganisationKind kind;
    private String fullName;
    private String shortName;
    private String timeZone;
    private String email;
    private String address;

    /** Which loaded organisations have children: the tree shows an expander only on those. */
    private final Set<Long> parents = new HashSet<>();

    /**
     * The caller's own organisation, opened one level; deeper levels load when a node is opened,
     * so a ministry over 100,000 organisations shows at once.
     */
    @PostConstruct
    void load() {
        parents.clear();
        Organisation own = organisations.own();
        parents.add(own.getId());
        root = new DefaultTreeNode<>(null, null);
        TreeNode<Organisation> top = new LazyDefaultTreeNode<>(own, this::childrenOf, o -> !parents.contains(o.getId()));
        root.getChildren().add(top);
        top.setExpanded(true);
    }

    private List<Organisation> childrenOf(Organisation parent) {
        Organisations.Level level = organisations.level(parent.getId());
        parents.addAll(level.parents());
        return level.children();
    }

    public void addUnder(Organisation parent) {
        editedId = null;
        editedVersion = 0;
        parentId = parent.getId();
        parentName = parent.getShortName();
        kind = OrganisationKind.SCHOOL;
        fullName = shortName = email = address = null;
        timeZone = parent.getTimeZone().getId();
    }

    public void edit(Organisation organisation) {
        Organisation o = organisations.find(organisation.getId());
        editedId = o.getId();
        editedVersion = o.getVersion();
        parentId = o.parentId();
        parentName = o.getParent() == null ? "—" : o.getParent().getShortName();
        kind = o.getKind();
        fullName = o.getFullName();
        shortName = o.getShortName();
        timeZone = o.getTimeZone().getId();
        email = o.getEmail();
        address = o.getAddress();
    }

    public void save() {
        OrganisationForm form = new OrganisationForm(parentId, kind, fullName, shortName, timeZone, email, address);
        if (editedId == null) {
            organisations.create(form);
        } else {
            organisations.update(editedId, form, editedVersion);
        }
        load();
        PrimeFaces.current().executeScript("PF('organisationDialog').hide()");
    }

    public boolean isCreating() {
        return editedId == null;
    }

    public TreeNode<Organisation> getRoot() {
        return root;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<String> getZones() {
        return ZONES;
    }

    public String getParentName() {
        return parentName;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
