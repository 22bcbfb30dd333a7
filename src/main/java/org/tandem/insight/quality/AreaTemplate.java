package org.tandem.insight.quality;

import java.util.List;

/**
 * Tandem's starting template of nine quality areas for youth services. Islington's framework, co-produced with young
 * people, set out nine areas that young people, providers and commissioners felt were important (seed 000, Box K);
 * the guide does not list them, so these are Tandem's own, written as young people would put them. A round starts
 * from them and its co-production group rewrites them.
 */
public final class AreaTemplate {

    public static final List<AreaDraft> NINE_AREAS = List.of(
            new AreaDraft("Feeling welcome", "Do we feel welcome from the moment we walk in?",
                    "Staff say hello, learn our names and show new people round. We feel we belong here.",
                    "Staff are friendly when we go up to them, but new people are left to find their own way.",
                    "We feel ignored, judged or unwelcome, and some young people are put off coming back."),
            new AreaDraft("Safe and looked after", "Do we feel safe getting there, being there and going home?",
                    "We feel safe. Staff notice when something is wrong, deal with it and know who to tell.",
                    "Mostly safe, but some of us worry about parts of the building, the journey or some people there.",
                    "We do not feel safe, or we saw risks that nobody dealt with."),
            new AreaDraft("Someone to talk to",
                    "Is there an adult we trust who listens and helps when things are hard?",
                    "There is always someone who listens, takes us seriously and helps us work things out.",
                    "Staff are kind but too busy, or change so often that we never get to know them.",
                    "There is nobody we would go to with a problem."),
            new AreaDraft("Our say, our way", "Do we help decide what happens here, and does it change anything?",
                    "Young people plan activities, help run the place and can show what changed because we said so.",
                    "We are asked what we think now and then, but we rarely see anything change.",
                    "Adults decide everything and nobody asks us."),
            new AreaDraft("Things we enjoy doing", "Are there activities we choose, enjoy and want to come back for?",
                    "There is plenty to do that we chose and enjoy, and it changes when we ask.",
                    "Some good things, but the same few activities every week, or not enough for everyone.",
                    "There is little to do, or nothing young people would choose."),
            new AreaDraft("Learning and trying new things", "Do we gain skills and confidence and try new things?",
                    "We learn real skills, try new things and can see how we have grown, such as awards or "
                            + "volunteering.",
                    "There are chances to learn, but only for a few of us, or nobody helps us see our progress.",
                    "Nothing here helps us learn or grow."),
            new AreaDraft("Open to everyone", "Can every young person come and take part, whatever their background, "
                    + "needs or money?",
                    "Everyone is included: disabled young people, young carers, girls and boys, every background. "
                            + "It is free or cheap.",
                    "Most people can join in, but some groups are missing and nobody is reaching out to them.",
                    "Some young people are shut out by cost, access, attitudes or opening times."),
            new AreaDraft("A good place to be",
                    "Is the place clean, comfortable, easy to reach and open when we need it?",
                    "Clean, comfortable and ours, easy to get to, and open in the evenings and holidays when we "
                            + "need it.",
                    "It is fine but tired, hard to get to, or shut when we most need it.",
                    "Dirty, unsafe or hardly ever open."),
            new AreaDraft("Help with what comes next", "Do they help us find other support: school, work, health, "
                    + "money, somewhere to live?",
                    "They know where to send us, help us get there and check it worked.",
                    "They give us a leaflet or a phone number but no more.",
                    "They do not know where to send us, or do not ask."));

    private AreaTemplate() {
    }
}
