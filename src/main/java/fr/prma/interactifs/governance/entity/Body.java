package fr.prma.interactifs.governance.entity;

import fr.prma.interactifs.platform.service.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A governance body (instance): working group, departmental meeting or steering committee. */
@Entity
@Table(name = "body")
@NamedQuery(name = "Body.findAll", query = "select b from Body b order by b.displayOrder")
@NamedQuery(name = "Body.findByCode", query = "select b from Body b where b.code = :code")
public class Body {

    /** The highest cap on the proxies one member holds that administrators may set. */
    public static final int MOST_PROXIES = 10;

    @Id
    @SequenceGenerator(name = "body_seq", sequenceName = "body_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "body_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, length = 40)
    private BodyCode code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 1000)
    private String purpose;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    /** Share of the members (percent) that must be present or represented for a meeting's decisions. */
    @Column(name = "quorum_percent", nullable = false)
    private int quorumPercent;

    /** How many proxies of a meeting one member may hold: a few members do not make the quorum for everyone. */
    @Column(name = "max_proxies", nullable = false)
    private int maxProxies;

    @Version
    private int version;

    protected Body() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public BodyCode getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    /** @throws BusinessException unless the quorum is a whole percentage from 1 to 100 */
    public void changeQuorum(Integer percent) {
        if (percent == null || percent < 1 || percent > 100) {
            throw new BusinessException("body.quorum.invalid");
        }
        quorumPercent = percent;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    /** @throws BusinessException unless the cap is a whole number from 1 to {@value #MOST_PROXIES} */
    public void changeMaxProxies(Integer cap) {
        if (cap == null || cap < 1 || cap > MOST_PROXIES) {
            throw new BusinessException("body.maxProxies.invalid");
        }
        maxProxies = cap;
    }

    public int getMaxProxies() {
        return maxProxies;
    }
}
