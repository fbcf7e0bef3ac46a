import { calendarDate } from '../../../../store/gameFigures';
import { type ThreatPerson, threatDetails } from '../../../../store/selectors/threatDetails';
import { t } from '../../../strings/en';
import { countryName, formatCount, formatDate } from '../../format';
import { Icon } from '../../Icon';
import { ThreatIntercept } from '../../inbox/ThreatIntercept';
import { roleLabel, syndicateName } from '../../labels';
import { rejectionText } from '../../rejectionText';
import { useAppStore } from '../../storeContext';
import { type ThreatResponse, threatChoices } from '../../threatChoices';
import { useGame, useGameMemo } from '../../useGame';
import { useAnnounce } from '../announce';
import { Modal } from './Modal';

function personLine(p: ThreatPerson): string {
  return t('threat.person', {
    name: p.name,
    role: roleLabel(p.role),
    syndicate: `${syndicateName(p.syndicate)}, ${countryName(p.syndicate.countryIso)}`,
  });
}

/** A threat to kill that analysts read: who, by when, and the three answers with their costs. */
export function ThreatDialog({ threat, waiting }: { threat: number; waiting: number }) {
  const game = useGame();
  const act = useAppStore((s) => s.act);
  const announce = useAnnounce();
  const d = useGameMemo((g) => threatDetails(g.sim, threat), [threat]);
  const choices = useGameMemo((g) => threatChoices(g.sim), []);
  const target = d.target ? d.target.name : t('threat.bystander');
  const deadline = {
    days: formatCount(d.daysLeft),
    day: formatCount(d.deadline),
    date: formatDate(calendarDate(game.scenario.startDate, d.deadline)),
  };

  const respond = (response: ThreatResponse) => {
    const rejected = act({ type: 'respondThreat', threat, response }).find(
      (e) => e.type === 'command-rejected',
    );
    if (rejected) announce(rejectionText(rejected.rejection));
    else if (response === 'open') announce(t('threat.chosenOpen', { target, ...deadline }));
    else if (response === 'covert') announce(t('threat.chosenCovert', { target, ...deadline }));
    else announce(t('threat.chosenNone', { target, ...deadline }));
  };

  return (
    <Modal alert labelledBy="threat-heading" describedBy="threat-what">
      <h2 id="threat-heading" class="modal__heading modal__heading--danger" tabIndex={-1}>
        <Icon name="msg-threat" />
        {t('threat.heading')}
      </h2>
      <p id="threat-what">
        {t('threat.what', { sender: d.sender.name, target })}{' '}
        <strong>{t('threat.deadline', deadline)}</strong>
      </p>
      <ThreatIntercept threat={threat} />
      <p class="threat__tell">{t('threat.howToTell')}</p>
      <dl class="threat__people">
        <div>
          <dt>{t('threat.from')}</dt>
          <dd>
            <Icon name={`role-${d.sender.role}`} />
            {personLine(d.sender)}
          </dd>
        </div>
        <div>
          <dt>{t('threat.target')}</dt>
          <dd>
            {d.target ? (
              <>
                <Icon name={`role-${d.target.role}`} />
                {personLine(d.target)}
              </>
            ) : (
              t('threat.bystander')
            )}
          </dd>
        </div>
      </dl>
      <ul class="choices">
        {choices.map((c) => (
          <li key={c.response}>
            <button
              type="button"
              class="button"
              aria-describedby={`threat-${c.response}`}
              onClick={() => respond(c.response)}
            >
              {c.label}
            </button>
            <p id={`threat-${c.response}`}>{c.effect}</p>
          </li>
        ))}
      </ul>
      {waiting > 0 && <p class="hint">{t('threat.waiting', { count: waiting })}</p>}
    </Modal>
  );
}
